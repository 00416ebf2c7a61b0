import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalizedText } from '../domain/languages';
import { syncDirectory, syncFile } from '../db/durable-files';
import { datasetsFolder } from './dataset-shelf';

/**
 * The names the user gave the datasets, by id, in <data>/datasets/names.json. A name belongs
 * to the shelf, not to the data: importing into a dataset replaces its bundle title but keeps
 * the name, and renaming a dataset that is not open needs no write to its database (which may
 * be from an older version and is opened, checked and migrated only when switched to).
 */

const NAMES_FILE = 'names.json';

export type DatasetNames = Readonly<Record<string, LocalizedText>>;

export function readDatasetNames(dataDirectory: string): DatasetNames {
  try {
    const parsed = JSON.parse(readFileSync(join(datasetsFolder(dataDirectory), NAMES_FILE), 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    // Keep only well-formed entries: a hand-edited file never breaks the datasets list.
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).flatMap(([id, name]) => {
        const text = localizedTextFrom(name);
        return Object.keys(text).length > 0 ? [[id, text]] : [];
      }),
    );
  } catch {
    return {};
  }
}

/** The string entries of a parsed name (a hand-edited file may hold anything): {} when there are none. */
export function localizedTextFrom(value: unknown): LocalizedText {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Written aside, synced, renamed (like active.json): a crash leaves the old names or the new ones. */
function writeDatasetNames(dataDirectory: string, names: DatasetNames): void {
  const folder = datasetsFolder(dataDirectory);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, NAMES_FILE);
  const pending = `${file}.pending`;
  writeFileSync(pending, `${JSON.stringify(names, null, 2)}\n`);
  syncFile(pending);
  renameSync(pending, file);
  syncDirectory(folder);
}

/** Sets a dataset's name; blank languages are left out (the contract already requires one that is not blank). */
export function nameDataset(dataDirectory: string, id: string, name: LocalizedText): void {
  const cleaned = Object.fromEntries(Object.entries(name).flatMap(([lang, text]) => (text.trim() ? [[lang, text.trim()]] : [])));
  writeDatasetNames(dataDirectory, { ...readDatasetNames(dataDirectory), [id]: cleaned });
}

export function forgetDatasetName(dataDirectory: string, id: string): void {
  const names = readDatasetNames(dataDirectory);
  if (!(id in names)) return;
  writeDatasetNames(dataDirectory, Object.fromEntries(Object.entries(names).filter(([named]) => named !== id)));
}
