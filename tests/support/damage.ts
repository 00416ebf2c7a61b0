import Database from 'better-sqlite3';
import { closeSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';

/** A small seeded generator (mulberry32), so every damaged file is the same from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(random: () => number, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const descriptor = openSync(file, 'r+');
  try {
    writeSync(descriptor, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(descriptor);
  }
}

const PAGE = 4096;

/** The pages holding the given tables (and their indexes), from SQLite's dbstat table. */
export function pagesOf(file: string, tables: readonly string[], pageType?: 'leaf' | 'internal'): number[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT pageno FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE tbl_name IN (${tables.map(() => '?').join(', ')}))${pageType ? ' AND pagetype = ?' : ''} ORDER BY pageno`)
      .pluck()
      .all(...tables, ...(pageType ? [pageType] : [])) as number[];
    return rows;
  } finally {
    db.close();
  }
}

/** Fills the given pages (numbered from 1, as SQLite does) with seeded random bytes. */
export function overwritePages(file: string, pages: readonly number[], seed: number): void {
  const random = seededRandom(seed);
  for (const page of pages) overwrite(file, (page - 1) * PAGE, randomBytes(random, PAGE));
}

/** The ways a database file gets damaged in the field, each applied to a closed file. */
export const DAMAGE = {
  'truncated to half': (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2 / PAGE) * PAGE),
  'header overwritten': (file: string) => overwrite(file, 0, randomBytes(seededRandom(1), 100)),
  'random pages overwritten': (file: string) => {
    const random = seededRandom(2);
    const pages = statSync(file).size / PAGE;
    overwritePages(file, Array.from({ length: 5 }, () => 2 + Math.floor(random() * (pages - 1))), 2);
  },
  "user tables' pages overwritten": (file: string) => overwritePages(file, pagesOf(file, ['briefings', 'briefing_texts', 'scenes', 'scene_texts']), 3),
  'replaced by random bytes': (file: string) => writeFileSync(file, randomBytes(seededRandom(4), 64 * 1024)),
  'replaced by a text file': (file: string) => writeFileSync(file, 'Meeting notes, not a database.\n'.repeat(400)),
  'truncated to 0 bytes': (file: string) => truncateSync(file, 0),
  "replaced by another app's database": (file: string) => {
    writeFileSync(file, '');
    const other = new Database(file);
    other.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Ada', '555-0100');");
    other.pragma('user_version = 7');
    other.close();
  },
} as const satisfies Record<string, (file: string) => void>;
