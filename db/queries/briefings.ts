import { sceneViewSchema } from '../../api/contract';
import type { Briefing, BriefingSummary, Scene, SceneView } from '../../api/types';
import type { AtlasDatabase } from '../connection';
import { groupTexts, textsToStore, type TextRow, type TypedText } from './user-texts';

/**
 * Briefings: the user's own presentations, made of scenes (see scenes.ts for the scene
 * writes). Every write runs in one transaction and moves the briefing's `updated_at` on.
 * Functions given an id that no briefing has return null; the caller says "not found".
 */

export function nowIso(): string {
  return new Date().toISOString();
}

/** Newest change first. */
export function listBriefings(db: AtlasDatabase): BriefingSummary[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.updated_at AS updatedAt, (SELECT count(*) FROM scenes s WHERE s.briefing_id = b.id) AS sceneCount
       FROM briefings b ORDER BY b.updated_at DESC, b.id DESC`,
    )
    .all() as { id: number; updatedAt: string; sceneCount: number }[];
  const titles = groupTexts(db.prepare('SELECT briefing_id AS ownerId, lang, title AS text FROM briefing_texts ORDER BY lang').all() as TextRow[]);
  return rows.map((row) => ({ id: row.id, title: titles.get(row.id) ?? {}, sceneCount: row.sceneCount, updatedAt: row.updatedAt }));
}

interface SceneRow {
  id: number;
  cumulative: 0 | 1;
  view: string;
  updatedAt: string;
}

/** A stored view that no longer passes the contract is a bug in whatever wrote it, not user input. */
function parseStoredView(sceneId: number, json: string): SceneView {
  try {
    // The contract's link-type enum is LINK_TYPES widened to string, so the parsed view is a SceneView.
    return sceneViewSchema.parse(JSON.parse(json)) as SceneView;
  } catch (error) {
    throw new Error(`The stored view of scene ${sceneId} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

/** One briefing with its scenes in presentation order, or null when no briefing has that id. */
export function readBriefing(db: AtlasDatabase, briefingId: number): Briefing | null {
  const briefing = db.prepare('SELECT id, updated_at AS updatedAt FROM briefings WHERE id = ?').get(briefingId) as
    | { id: number; updatedAt: string }
    | undefined;
  if (!briefing) return null;
  const title =
    groupTexts(
      db.prepare('SELECT briefing_id AS ownerId, lang, title AS text FROM briefing_texts WHERE briefing_id = ? ORDER BY lang').all(briefingId) as TextRow[],
    ).get(briefingId) ?? {};
  const sceneRows = db
    .prepare('SELECT id, cumulative, view, updated_at AS updatedAt FROM scenes WHERE briefing_id = ? ORDER BY position')
    .all(briefingId) as SceneRow[];
  const sceneTexts = (column: 'title' | 'notes') =>
    groupTexts(
      db
        .prepare(
          `SELECT t.scene_id AS ownerId, t.lang, t.${column} AS text
           FROM scene_texts t JOIN scenes s ON s.id = t.scene_id
           WHERE s.briefing_id = ? AND t.${column} IS NOT NULL ORDER BY t.lang`,
        )
        .all(briefingId) as TextRow[],
    );
  const titles = sceneTexts('title');
  const notes = sceneTexts('notes');
  const scenes: Scene[] = sceneRows.map((row) => ({
    id: row.id,
    title: titles.get(row.id) ?? {},
    notes: notes.get(row.id) ?? {},
    cumulative: row.cumulative === 1,
    view: parseStoredView(row.id, row.view),
    updatedAt: row.updatedAt,
  }));
  return { id: briefing.id, title, scenes, updatedAt: briefing.updatedAt };
}

/** Marks the briefing as changed now; false when no briefing has that id. */
export function touchBriefing(db: AtlasDatabase, briefingId: number, now: string): boolean {
  return db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?').run(now, briefingId).changes > 0;
}

function writeBriefingTitle(db: AtlasDatabase, briefingId: number, title: TypedText): void {
  db.prepare('DELETE FROM briefing_texts WHERE briefing_id = ?').run(briefingId);
  const insert = db.prepare('INSERT INTO briefing_texts (briefing_id, lang, title) VALUES (?, ?, ?)');
  for (const [lang, text] of textsToStore(title)) insert.run(briefingId, lang, text);
}

export function createBriefing(db: AtlasDatabase, title: TypedText): Briefing {
  return db.transaction(() => {
    const now = nowIso();
    const { lastInsertRowid } = db.prepare('INSERT INTO briefings (created_at, updated_at) VALUES (?, ?)').run(now, now);
    const briefingId = Number(lastInsertRowid);
    writeBriefingTitle(db, briefingId, title);
    return readBriefingOrFail(db, briefingId);
  })();
}

/** Replaces the title in every language: a language left blank loses its title. */
export function renameBriefing(db: AtlasDatabase, briefingId: number, title: TypedText): Briefing | null {
  return db.transaction(() => {
    if (!touchBriefing(db, briefingId, nowIso())) return null;
    writeBriefingTitle(db, briefingId, title);
    return readBriefingOrFail(db, briefingId);
  })();
}

/**
 * Deletes the briefing with its scenes and texts; false when there was none. One statement,
 * so it is atomic without an explicit transaction: the ON DELETE CASCADE runs inside it.
 */
export function deleteBriefing(db: AtlasDatabase, briefingId: number): boolean {
  return db.prepare('DELETE FROM briefings WHERE id = ?').run(briefingId).changes > 0;
}

/** For a briefing the same transaction has just written, so it must be there. */
export function readBriefingOrFail(db: AtlasDatabase, briefingId: number): Briefing {
  const briefing = readBriefing(db, briefingId);
  if (!briefing) throw new Error(`Briefing ${briefingId} vanished while it was being written.`);
  return briefing;
}
