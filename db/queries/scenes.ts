import { TITLE_MAX_LENGTH, type ParsedArgs } from '../../api/contract';
import type { Briefing } from '../../api/types';
import type { AtlasDatabase } from '../connection';
import { nowIso, readBriefingOrFail, touchBriefing } from './briefings';
import { findSceneOrderMismatch, SceneOrderError } from './scene-order';
import { textsToStore, type TypedText } from './user-texts';

/**
 * The scenes of a briefing. Each write runs in one transaction, moves the briefing's
 * `updated_at` on and answers the whole briefing; positions are kept at 0..n-1 in
 * presentation order. An id that no scene (or briefing) has gives null.
 */

export type NewScene = Omit<ParsedArgs<'addScene'>, 'briefingId'>;
export type SceneChanges = Omit<ParsedArgs<'updateScene'>, 'sceneId'>;

/** Appended to a duplicated scene's title, per language. */
const COPY_SUFFIXES: Readonly<Record<string, string>> = { en: ' (copy)', ja: '（コピー）' };

function briefingOfScene(db: AtlasDatabase, sceneId: number): number | null {
  const row = db.prepare('SELECT briefing_id AS briefingId FROM scenes WHERE id = ?').get(sceneId) as { briefingId: number } | undefined;
  return row?.briefingId ?? null;
}

function sceneIdsInOrder(db: AtlasDatabase, briefingId: number): number[] {
  return (db.prepare('SELECT id FROM scenes WHERE briefing_id = ? ORDER BY position').all(briefingId) as { id: number }[]).map((row) => row.id);
}

function renumberScenes(db: AtlasDatabase, sceneIdsInNewOrder: readonly number[]): void {
  const setPosition = db.prepare('UPDATE scenes SET position = ? WHERE id = ?');
  sceneIdsInNewOrder.forEach((sceneId, position) => setPosition.run(position, sceneId));
}

/** Replaces the scene's titles or notes in every language; rows left with neither are removed. */
function replaceSceneTexts(db: AtlasDatabase, sceneId: number, column: 'title' | 'notes', typed: TypedText): void {
  db.prepare(`UPDATE scene_texts SET ${column} = NULL WHERE scene_id = ?`).run(sceneId);
  const upsert = db.prepare(
    `INSERT INTO scene_texts (scene_id, lang, ${column}) VALUES (?, ?, ?)
     ON CONFLICT (scene_id, lang) DO UPDATE SET ${column} = excluded.${column}`,
  );
  for (const [lang, text] of textsToStore(typed)) upsert.run(sceneId, lang, text);
  db.prepare('DELETE FROM scene_texts WHERE scene_id = ? AND title IS NULL AND notes IS NULL').run(sceneId);
}

/** Adds the scene at the end of the briefing. */
export function addScene(db: AtlasDatabase, briefingId: number, scene: NewScene): Briefing | null {
  return db.transaction(() => {
    const now = nowIso();
    if (!touchBriefing(db, briefingId, now)) return null;
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO scenes (briefing_id, position, cumulative, view, created_at, updated_at)
         VALUES (?, (SELECT count(*) FROM scenes WHERE briefing_id = ?), ?, ?, ?, ?)`,
      )
      .run(briefingId, briefingId, scene.cumulative ? 1 : 0, JSON.stringify(scene.view), now, now);
    const sceneId = Number(lastInsertRowid);
    replaceSceneTexts(db, sceneId, 'title', scene.title);
    replaceSceneTexts(db, sceneId, 'notes', scene.notes);
    return readBriefingOrFail(db, briefingId);
  })();
}

/** Changes only the fields given; a given title or notes replaces the texts in every language. */
export function updateScene(db: AtlasDatabase, sceneId: number, changes: SceneChanges): Briefing | null {
  return db.transaction(() => {
    const briefingId = briefingOfScene(db, sceneId);
    if (briefingId === null) return null;
    const now = nowIso();
    touchBriefing(db, briefingId, now);
    db.prepare('UPDATE scenes SET cumulative = coalesce(?, cumulative), view = coalesce(?, view), updated_at = ? WHERE id = ?').run(
      changes.cumulative === undefined ? null : changes.cumulative ? 1 : 0,
      changes.view === undefined ? null : JSON.stringify(changes.view),
      now,
      sceneId,
    );
    if (changes.title) replaceSceneTexts(db, sceneId, 'title', changes.title);
    if (changes.notes) replaceSceneTexts(db, sceneId, 'notes', changes.notes);
    return readBriefingOrFail(db, briefingId);
  })();
}

/** Inserts a copy right after the scene: same view, notes and cumulative flag, title marked as a copy. */
export function duplicateScene(db: AtlasDatabase, sceneId: number): Briefing | null {
  return db.transaction(() => {
    const original = db.prepare('SELECT briefing_id AS briefingId, cumulative, view FROM scenes WHERE id = ?').get(sceneId) as
      | { briefingId: number; cumulative: number; view: string }
      | undefined;
    if (!original) return null;
    const now = nowIso();
    touchBriefing(db, original.briefingId, now);
    const order = sceneIdsInOrder(db, original.briefingId);
    const { lastInsertRowid } = db
      .prepare('INSERT INTO scenes (briefing_id, position, cumulative, view, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(original.briefingId, order.length, original.cumulative, original.view, now, now);
    const copyId = Number(lastInsertRowid);

    const texts = db.prepare('SELECT lang, title, notes FROM scene_texts WHERE scene_id = ?').all(sceneId) as {
      lang: string;
      title: string | null;
      notes: string | null;
    }[];
    const insertText = db.prepare('INSERT INTO scene_texts (scene_id, lang, title, notes) VALUES (?, ?, ?, ?)');
    for (const { lang, title, notes } of texts) {
      // The copy's title must still be a valid title, so a long one gives up its end to the suffix.
      const suffix = COPY_SUFFIXES[lang] ?? '';
      insertText.run(copyId, lang, title === null ? null : title.slice(0, TITLE_MAX_LENGTH - suffix.length) + suffix, notes);
    }

    order.splice(order.indexOf(sceneId) + 1, 0, copyId);
    renumberScenes(db, order);
    return readBriefingOrFail(db, original.briefingId);
  })();
}

/** Deletes the scene and closes the gap it leaves in the positions. */
export function deleteScene(db: AtlasDatabase, sceneId: number): Briefing | null {
  return db.transaction(() => {
    const briefingId = briefingOfScene(db, sceneId);
    if (briefingId === null) return null;
    touchBriefing(db, briefingId, nowIso());
    db.prepare('DELETE FROM scenes WHERE id = ?').run(sceneId);
    renumberScenes(db, sceneIdsInOrder(db, briefingId));
    return readBriefingOrFail(db, briefingId);
  })();
}

/** Puts the scenes in the given order; throws SceneOrderError, changing nothing, unless it names each scene exactly once. */
export function reorderScenes(db: AtlasDatabase, briefingId: number, sceneIdsInNewOrder: readonly number[]): Briefing | null {
  return db.transaction(() => {
    if (!touchBriefing(db, briefingId, nowIso())) return null;
    const mismatch = findSceneOrderMismatch(sceneIdsInOrder(db, briefingId), sceneIdsInNewOrder);
    if (mismatch) throw new SceneOrderError(briefingId, mismatch);
    renumberScenes(db, sceneIdsInNewOrder);
    return readBriefingOrFail(db, briefingId);
  })();
}
