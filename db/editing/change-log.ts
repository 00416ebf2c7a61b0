import type { ChangeKind, ChangeSummary, EditHistory, HistoryEntry } from '../../api/editing-types';
import type { AtlasDatabase } from '../connection';

/**
 * The change log (table edit_log, migration 4): one row per user action with the values
 * before and after. The undo stack is the rows still 'done' on the current dataset, newest
 * first; the redo stack the 'undone' ones, oldest first. A new change drops the redo stack,
 * as every editor does, but its rows stay as history.
 */

interface LogRow {
  id: number;
  at: string;
  kind: ChangeKind;
  summary: string;
  state: HistoryEntry['state'];
  before: string;
  after: string;
}

const COLUMNS = 'id, at, kind, summary, state, before, after';

function entryOf(row: LogRow): HistoryEntry {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    summary: JSON.parse(row.summary) as ChangeSummary,
    state: row.state,
    before: JSON.parse(row.before) as unknown,
    after: JSON.parse(row.after) as unknown,
  };
}

/**
 * Which dataset a change belongs to. An import writes a new dataset row, so changes made on
 * the one it replaced can no longer be undone (they would name records that may not exist).
 */
export function datasetStamp(db: AtlasDatabase): string {
  const row = db.prepare('SELECT content_hash AS hash, imported_at AS at FROM dataset WHERE id = 1').get() as { hash: string; at: string } | undefined;
  return row ? `${row.hash}@${row.at}` : '';
}

/** Records a change made in the caller's transaction; the redo stack is dropped. */
export function logChange(db: AtlasDatabase, kind: ChangeKind, summary: ChangeSummary, before: unknown, after: unknown): HistoryEntry {
  db.prepare("UPDATE edit_log SET state = 'dropped' WHERE state = 'undone'").run();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO edit_log (at, kind, summary, dataset_stamp, before, after) VALUES (?, ?, ?, ?, ?, ?)')
    .run(new Date().toISOString(), kind, JSON.stringify(summary), datasetStamp(db), JSON.stringify(before), JSON.stringify(after));
  return readEntry(db, Number(lastInsertRowid));
}

export function readEntry(db: AtlasDatabase, id: number): HistoryEntry {
  return entryOf(db.prepare(`SELECT ${COLUMNS} FROM edit_log WHERE id = ?`).get(id) as LogRow);
}

export function undoTarget(db: AtlasDatabase): HistoryEntry | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM edit_log WHERE state = 'done' AND dataset_stamp = ? ORDER BY id DESC LIMIT 1`).get(datasetStamp(db)) as
    | LogRow
    | undefined;
  return row ? entryOf(row) : null;
}

export function redoTarget(db: AtlasDatabase): HistoryEntry | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM edit_log WHERE state = 'undone' AND dataset_stamp = ? ORDER BY id ASC LIMIT 1`).get(datasetStamp(db)) as
    | LogRow
    | undefined;
  return row ? entryOf(row) : null;
}

export function setState(db: AtlasDatabase, id: number, state: HistoryEntry['state']): void {
  db.prepare('UPDATE edit_log SET state = ?, undone_at = ? WHERE id = ?').run(state, state === 'undone' ? new Date().toISOString() : null, id);
}

/** The undo and redo targets and the latest `limit` changes, newest first. */
export function readHistory(db: AtlasDatabase, limit = 50): EditHistory {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM edit_log ORDER BY id DESC LIMIT ?`).all(limit) as LogRow[];
  return { undo: undoTarget(db), redo: redoTarget(db), entries: rows.map(entryOf) };
}
