import type { ChangeSummary, HistoryEntry } from '../../api/editing-types';
import type { AtlasDatabase } from '../connection';
import { logChange } from './change-log';

/**
 * Creating, renaming and deleting a briefing, in the change log like every other change, so
 * Ctrl+Z takes them back. They are logged with kind 'scenes' (a briefing's changes, in the
 * edit_log CHECK of migration 4; no migration needed) and told apart by summary.action
 * 'briefing'. Create and delete keep the whole briefing as stored, with its ids (title texts,
 * scenes and their texts, the since-briefing mark), so undoing a deletion brings it back
 * exactly, and the scene changes logged before it can then be undone too. A rename keeps the
 * titles only, so undoing it never touches scenes changed since.
 */

export type BriefingChange = Extract<ChangeSummary, { action: 'briefing' }>['change'];

interface BriefingSnapshot {
  readonly id: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly texts: readonly { lang: string; title: string }[];
  readonly scenes: readonly { id: number; position: number; cumulative: number; view: string; created_at: string; updated_at: string }[];
  readonly sceneTexts: readonly { scene_id: number; lang: string; title: string | null; notes: string | null }[];
  /** The mark's data is a gzipped bundle, kept as base64 in the log's JSON. */
  readonly mark: { kind: string; marked_at: string; bundle: string } | null;
}

/** One side of a briefing change: the whole briefing (create, delete; null when absent), or its titles (rename). */
export type BriefingSide = { readonly briefing: BriefingSnapshot | null } | { readonly titles: BriefingSnapshot['texts']; readonly updatedAt: string };

function titlesOf(db: AtlasDatabase, briefingId: number): BriefingSnapshot['texts'] {
  return db.prepare('SELECT lang, title FROM briefing_texts WHERE briefing_id = ? ORDER BY lang').all(briefingId) as BriefingSnapshot['texts'];
}

function snapshotOf(db: AtlasDatabase, briefingId: number): BriefingSnapshot | null {
  const row = db.prepare('SELECT created_at AS createdAt, updated_at AS updatedAt FROM briefings WHERE id = ?').get(briefingId) as
    | { createdAt: string; updatedAt: string }
    | undefined;
  if (!row) return null;
  const mark = db.prepare('SELECT kind, marked_at, bundle FROM briefing_marks WHERE briefing_id = ?').get(briefingId) as
    | { kind: string; marked_at: string; bundle: Buffer }
    | undefined;
  return {
    id: briefingId,
    ...row,
    texts: titlesOf(db, briefingId),
    scenes: db
      .prepare('SELECT id, position, cumulative, view, created_at, updated_at FROM scenes WHERE briefing_id = ? ORDER BY position')
      .all(briefingId) as BriefingSnapshot['scenes'],
    sceneTexts: db
      .prepare('SELECT t.scene_id, t.lang, t.title, t.notes FROM scene_texts t JOIN scenes s ON s.id = t.scene_id WHERE s.briefing_id = ? ORDER BY t.scene_id, t.lang')
      .all(briefingId) as BriefingSnapshot['sceneTexts'],
    mark: mark ? { kind: mark.kind, marked_at: mark.marked_at, bundle: mark.bundle.toString('base64') } : null,
  };
}

function sideOf(db: AtlasDatabase, briefingId: number, change: BriefingChange): BriefingSide {
  if (change === 'rename') {
    const updatedAt = (db.prepare('SELECT updated_at FROM briefings WHERE id = ?').pluck().get(briefingId) as string | undefined) ?? '';
    return { titles: titlesOf(db, briefingId), updatedAt };
  }
  return { briefing: snapshotOf(db, briefingId) };
}

/** Puts a briefing back with its ids; false when something now holds one of them (it cannot come back as it was). */
function restoreSnapshot(db: AtlasDatabase, snapshot: BriefingSnapshot): boolean {
  if (db.prepare('SELECT 1 FROM briefings WHERE id = ?').get(snapshot.id)) return false;
  const sceneTaken = db.prepare('SELECT 1 FROM scenes WHERE id = ?');
  if (snapshot.scenes.some((scene) => sceneTaken.get(scene.id))) return false;
  db.prepare('INSERT INTO briefings (id, created_at, updated_at) VALUES (?, ?, ?)').run(snapshot.id, snapshot.createdAt, snapshot.updatedAt);
  const insertTitle = db.prepare('INSERT INTO briefing_texts (briefing_id, lang, title) VALUES (?, ?, ?)');
  for (const text of snapshot.texts) insertTitle.run(snapshot.id, text.lang, text.title);
  const insertScene = db.prepare('INSERT INTO scenes (id, briefing_id, position, cumulative, view, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const s of snapshot.scenes) insertScene.run(s.id, snapshot.id, s.position, s.cumulative, s.view, s.created_at, s.updated_at);
  const insertSceneText = db.prepare('INSERT INTO scene_texts (scene_id, lang, title, notes) VALUES (?, ?, ?, ?)');
  for (const t of snapshot.sceneTexts) insertSceneText.run(t.scene_id, t.lang, t.title, t.notes);
  if (snapshot.mark) {
    db.prepare('INSERT INTO briefing_marks (briefing_id, kind, marked_at, bundle) VALUES (?, ?, ?, ?)').run(
      snapshot.id,
      snapshot.mark.kind,
      snapshot.mark.marked_at,
      Buffer.from(snapshot.mark.bundle, 'base64'),
    );
  }
  return true;
}

/** Writes one side of a briefing change (inside the undo or redo transaction); false when it can no longer be written. */
export function writeBriefingSide(db: AtlasDatabase, briefingId: number, side: BriefingSide): boolean {
  if ('titles' in side) {
    if (!db.prepare('SELECT 1 FROM briefings WHERE id = ?').get(briefingId)) return false;
    db.prepare('DELETE FROM briefing_texts WHERE briefing_id = ?').run(briefingId);
    const insert = db.prepare('INSERT INTO briefing_texts (briefing_id, lang, title) VALUES (?, ?, ?)');
    for (const text of side.titles) insert.run(briefingId, text.lang, text.title);
    db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?').run(side.updatedAt, briefingId);
    return true;
  }
  if (side.briefing) return restoreSnapshot(db, side.briefing);
  // Its scenes, texts and mark go with it (ON DELETE CASCADE).
  db.prepare('DELETE FROM briefings WHERE id = ?').run(briefingId);
  return true;
}

/**
 * Runs a briefing write and logs it in one transaction. `write` answers null when there is no
 * such briefing (nothing is logged then); for a new briefing, `briefingIdOf` names the id it got.
 */
export function trackBriefing<T>(
  db: AtlasDatabase,
  target: { readonly briefingId: number } | { readonly briefingIdOf: (result: T) => number },
  change: BriefingChange,
  write: () => T | null,
): T | null {
  return db.transaction(() => {
    const before = 'briefingId' in target ? sideOf(db, target.briefingId, change) : { briefing: null };
    const result = write();
    if (result === null) return null;
    const briefingId = 'briefingId' in target ? target.briefingId : target.briefingIdOf(result);
    const after = sideOf(db, briefingId, change);
    logChange(db, 'scenes', { action: 'briefing', briefingId, change }, before, after);
    return result;
  })();
}

export function isBriefingChange(entry: HistoryEntry): entry is HistoryEntry & { readonly summary: Extract<ChangeSummary, { action: 'briefing' }> } {
  return entry.summary.action === 'briefing';
}
