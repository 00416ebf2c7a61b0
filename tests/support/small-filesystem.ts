import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './temp-dir';

export interface SmallFilesystem {
  readonly path: string;
  /** Writes a filler file until the file system has no space left. */
  fill(): void;
  /** Deletes the filler again. */
  free(): void;
  /** Makes the whole file system read-only (as a read-only drive or a locked-down share would be). */
  makeReadOnly(): void;
  remove(): void;
}

/**
 * A real, tiny file system (tmpfs) to run out of space on, when this process may mount one:
 * as root on Linux, as CI runs. Null elsewhere; tests then fall back and say so.
 */
export function mountSmallFilesystem(bytes: number): SmallFilesystem | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const mountPoint = makeTempDir('atlas-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', mountPoint.path], { stdio: 'ignore' });
  } catch {
    mountPoint.remove();
    return null;
  }
  const filler = join(mountPoint.path, 'filler');
  return {
    path: mountPoint.path,
    fill() {
      const descriptor = openSync(filler, 'a');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(descriptor, chunk);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(descriptor);
      }
    },
    free: () => rmSync(filler, { force: true }),
    makeReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', mountPoint.path], { stdio: 'ignore' }),
    remove() {
      execFileSync('umount', [mountPoint.path], { stdio: 'ignore' });
      mountPoint.remove();
    },
  };
}
