import type Database from 'better-sqlite3';
import type { AtlasDatabase } from './connection';
import { openSqliteFile } from './sqlite-file';
import { columnsOf, contentTables, quoted, userTables } from './tables';

/** Rows recovered per user table. */
export type SalvageReport = Readonly<Record<string, number>>;

// Far below any rowid this app writes, yet with room below it for arithmetic to stay exact.
const LOWEST_ROWID = -(2 ** 52);
const UNREADABLE = Symbol('unreadable');

/** The first rowid at or after `rowid` (null when there is none), or UNREADABLE when the pages leading there are damaged. */
function seek(probe: Database.Statement, rowid: number): number | null | typeof UNREADABLE {
  try {
    const found = probe.get(rowid) as number | bigint | undefined;
    return found === undefined ? null : Number(found);
  } catch {
    return UNREADABLE;
  }
}

/**
 * After reading failed just past `after`, the lowest rowid from which the table can be read
 * again: jumps ahead in growing steps until a seek succeeds, then halves the gap, so rows on
 * sound pages right after a damaged one are not skipped. Null when nothing further is reachable.
 */
function resumePoint(probe: Database.Statement, after: number): number | null {
  let failed = after;
  let step = 1;
  while (seek(probe, after + step) === UNREADABLE) {
    failed = after + step;
    step *= 2;
    if (after + step >= Number.MAX_SAFE_INTEGER) return null;
  }
  let reachable = after + step;
  while (reachable - failed > 1) {
    const middle = failed + Math.floor((reachable - failed) / 2);
    if (seek(probe, middle) === UNREADABLE) failed = middle;
    else reachable = middle;
  }
  if (reachable > after + 1) return reachable;
  // The row right after `after` can be found but not read (its own content is damaged): step over it.
  const unreadableRow = seek(probe, reachable);
  return typeof unreadableRow === 'number' ? unreadableRow + 1 : null;
}

/**
 * Every row of `table` SQLite can still read, in rowid order, stepping over damaged pages
 * instead of stopping at the first one (the idea behind the sqlite3 shell's `.recover`).
 * Each resumption starts past the last, so the walk always ends.
 */
function* readableRows(source: AtlasDatabase, table: string, columns: readonly string[]): Generator<unknown[]> {
  const select = source.prepare(`SELECT rowid, ${columns.map(quoted).join(', ')} FROM ${quoted(table)} WHERE rowid >= ? ORDER BY rowid`).raw();
  const probe = source.prepare(`SELECT rowid FROM ${quoted(table)} WHERE rowid >= ? ORDER BY rowid LIMIT 1`).pluck();
  let from = LOWEST_ROWID;
  for (;;) {
    let readUpTo = from - 1;
    try {
      for (const [rowid, ...values] of select.iterate(from) as IterableIterator<unknown[]>) {
        readUpTo = Number(rowid);
        yield values;
      }
      return;
    } catch {
      const next = resumePoint(probe, readUpTo);
      if (next === null) return;
      from = next;
    }
  }
}

/** Rows whose parent did not survive are dropped, as if the parent had been deleted. */
function dropOrphans(db: AtlasDatabase): void {
  for (let pass = 0; pass < 10; pass += 1) {
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number | null }[];
    if (orphans.length === 0) return;
    for (const { table, rowid } of orphans) {
      if (rowid !== null) db.prepare(`DELETE FROM ${quoted(table)} WHERE rowid = ?`).run(rowid);
    }
  }
}

function copyReadableRows(source: AtlasDatabase, target: AtlasDatabase, table: string): void {
  let sourceColumns: Set<string>;
  try {
    sourceColumns = new Set(columnsOf(source, table));
  } catch {
    return;
  }
  const columns = columnsOf(target, table).filter((column) => sourceColumns.has(column));
  if (columns.length === 0) return;
  const insert = target.prepare(`INSERT OR IGNORE INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  for (const values of readableRows(source, table, columns)) {
    try {
      insert.run(...values);
    } catch {
      // A row whose values were garbled into the wrong types is not the user's work any more.
    }
  }
}

/**
 * Copies the user's rows from a damaged database file into `target` (a freshly built
 * database), table by table, as far as SQLite can read them. Works on the file given, which
 * should be a scratch copy: opening it may replay or discard its write-ahead log.
 */
export function salvageUserTables(damagedFile: string, target: AtlasDatabase): SalvageReport {
  let source: AtlasDatabase;
  try {
    source = openSqliteFile(damagedFile, { fileMustExist: true });
  } catch {
    return {};
  }
  try {
    let readable: Set<string>;
    try {
      readable = new Set(contentTables(source));
    } catch {
      return {};
    }
    const tables = userTables(target).filter((table) => readable.has(table));
    target.pragma('foreign_keys = OFF');
    try {
      target.transaction(() => {
        for (const table of tables) copyReadableRows(source, target, table);
        dropOrphans(target);
      })();
    } finally {
      target.pragma('foreign_keys = ON');
    }
    return Object.fromEntries(tables.map((table) => [table, target.prepare(`SELECT COUNT(*) FROM ${quoted(table)}`).pluck().get() as number]));
  } finally {
    source.close();
  }
}
