import { gunzipSync, gzipSync } from 'node:zlib';
import type { AtlasDatabase } from '../connection';
import { bundleJson } from '../exchange/canonical-bundle';
import { readBundle } from '../exchange/export-bundle';

/**
 * When a briefing was last presented or exported, with the data as it was then, so the user
 * can ask what changed since (a canonical bundle, gzipped: a few tens of kilobytes a briefing).
 * One row per briefing, replaced at each mark; deleting the briefing deletes it.
 */

export type MarkKind = 'presented' | 'exported';

export interface BriefingMark {
  readonly briefingId: number;
  readonly kind: MarkKind;
  readonly markedAt: string;
}

/** Records the moment and the data; false when there is no such briefing. */
export function markBriefing(db: AtlasDatabase, briefingId: number, kind: MarkKind, now = new Date()): BriefingMark | null {
  if (!db.prepare('SELECT 1 FROM briefings WHERE id = ?').get(briefingId)) return null;
  const bundle = gzipSync(Buffer.from(bundleJson(readBundle(db)), 'utf8'));
  const markedAt = now.toISOString();
  db.prepare(
    'INSERT INTO briefing_marks (briefing_id, kind, marked_at, bundle) VALUES (?, ?, ?, ?) ON CONFLICT (briefing_id) DO UPDATE SET kind = excluded.kind, marked_at = excluded.marked_at, bundle = excluded.bundle',
  ).run(briefingId, kind, markedAt, bundle);
  return { briefingId, kind, markedAt };
}

export function readBriefingMark(db: AtlasDatabase, briefingId: number): (BriefingMark & { readonly bundleText: string }) | null {
  const row = db.prepare('SELECT kind, marked_at AS markedAt, bundle FROM briefing_marks WHERE briefing_id = ?').get(briefingId) as
    | { kind: MarkKind; markedAt: string; bundle: Buffer }
    | undefined;
  if (!row) return null;
  return { briefingId, kind: row.kind, markedAt: row.markedAt, bundleText: gunzipSync(row.bundle).toString('utf8') };
}
