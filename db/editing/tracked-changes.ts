import type { ChangeSummary, HistoryEntry } from '../../api/editing-types';
import type { MapPosition } from '../../api/types';
import type { AtlasDatabase } from '../connection';
import { logChange } from './change-log';

/**
 * The user's own changes that undo covers besides records: dragged node positions (table
 * node_positions, written by savePositions and cleared by Reset layout) and the scenes of a
 * briefing. Each runs the existing write inside one transaction together with its log entry,
 * with the state before and after read from the database itself.
 */

export type PositionsState = Readonly<Record<string, MapPosition | null>>;

function positionsOf(db: AtlasDatabase, actorIds: readonly string[] | null): Record<string, MapPosition | null> {
  const rows = db.prepare('SELECT actor_id AS actorId, x, y FROM node_positions').all() as { actorId: string; x: number; y: number }[];
  const stored = new Map(rows.map((row) => [row.actorId, { x: row.x, y: row.y }]));
  const ids = actorIds ?? [...stored.keys()];
  return Object.fromEntries(ids.map((id) => [id, stored.get(id) ?? null]));
}

export function writePositionsState(db: AtlasDatabase, state: PositionsState): void {
  const upsert = db.prepare('INSERT INTO node_positions (actor_id, x, y) VALUES (?, ?, ?) ON CONFLICT (actor_id) DO UPDATE SET x = excluded.x, y = excluded.y');
  const remove = db.prepare('DELETE FROM node_positions WHERE actor_id = ?');
  for (const [actorId, position] of Object.entries(state)) {
    if (position) upsert.run(actorId, position.x, position.y);
    else remove.run(actorId);
  }
}

/** Runs a write of positions (`actorIds`, or all of them when null) and logs it; nothing is logged when nothing moved. */
export function trackPositions(db: AtlasDatabase, actorIds: readonly string[] | null, write: () => void): HistoryEntry | null {
  return db.transaction(() => {
    const before = positionsOf(db, actorIds);
    write();
    const after = positionsOf(db, actorIds ?? Object.keys(before));
    if (JSON.stringify(before) === JSON.stringify(after)) return null;
    const count = Object.keys(after).filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id])).length;
    const summary: ChangeSummary = actorIds === null ? { action: 'resetLayout', count } : { action: 'move', count };
    return logChange(db, 'positions', summary, before, after);
  })();
}

interface SceneRow {
  id: number;
  position: number;
  cumulative: number;
  view: string;
  created_at: string;
  updated_at: string;
}

interface SceneTextRow {
  scene_id: number;
  lang: string;
  title: string | null;
  notes: string | null;
}

/** A briefing's scenes exactly as stored: what undoing a scene change puts back. */
export interface ScenesState {
  readonly briefingId: number;
  readonly scenes: readonly SceneRow[];
  readonly texts: readonly SceneTextRow[];
}

function scenesOf(db: AtlasDatabase, briefingId: number): ScenesState {
  return {
    briefingId,
    scenes: db.prepare('SELECT id, position, cumulative, view, created_at, updated_at FROM scenes WHERE briefing_id = ? ORDER BY position').all(briefingId) as SceneRow[],
    texts: db
      .prepare(
        'SELECT t.scene_id, t.lang, t.title, t.notes FROM scene_texts t JOIN scenes s ON s.id = t.scene_id WHERE s.briefing_id = ? ORDER BY t.scene_id, t.lang',
      )
      .all(briefingId) as SceneTextRow[],
  };
}

/** False when the briefing is gone (deleted after the change): its scenes cannot come back. */
export function writeScenesState(db: AtlasDatabase, state: ScenesState): boolean {
  const exists = db.prepare('SELECT 1 FROM briefings WHERE id = ?').get(state.briefingId);
  if (!exists) return false;
  db.prepare('DELETE FROM scenes WHERE briefing_id = ?').run(state.briefingId);
  const insertScene = db.prepare('INSERT INTO scenes (id, briefing_id, position, cumulative, view, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const s of state.scenes) insertScene.run(s.id, state.briefingId, s.position, s.cumulative, s.view, s.created_at, s.updated_at);
  const insertText = db.prepare('INSERT INTO scene_texts (scene_id, lang, title, notes) VALUES (?, ?, ?, ?)');
  for (const t of state.texts) insertText.run(t.scene_id, t.lang, t.title, t.notes);
  db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), state.briefingId);
  return true;
}

/**
 * Runs a scene write of the briefing and logs it. `write` answers null when its briefing or
 * scene does not exist; then nothing is logged. The briefing of a scene id is looked up first.
 */
export function trackScenes<T>(
  db: AtlasDatabase,
  target: { readonly briefingId: number } | { readonly sceneId: number },
  change: Extract<ChangeSummary, { action: 'scenes' }>['change'],
  write: () => T | null,
): T | null {
  return db.transaction(() => {
    const briefingId =
      'briefingId' in target
        ? target.briefingId
        : ((db.prepare('SELECT briefing_id FROM scenes WHERE id = ?').pluck().get(target.sceneId) as number | undefined) ?? null);
    if (briefingId === null) return write();
    const before = scenesOf(db, briefingId);
    const result = write();
    if (result !== null) logChange(db, 'scenes', { action: 'scenes', briefingId, change }, before, scenesOf(db, briefingId));
    return result;
  })();
}
