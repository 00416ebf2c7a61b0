import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Waits until the file's contents are on the disk, not only in the system's cache: a power cut must not leave half of it. */
export function syncFile(path: string): void {
  const descriptor = openSync(path, 'r+');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Makes a rename inside the folder durable; Windows cannot open a folder for this and needs no such step. */
export function syncDirectory(path: string): void {
  if (process.platform === 'win32') return;
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
