import { gunzipSync, gzipSync } from 'node:zlib';
import type { AtlasDatabase } from '../connection';
import { bundleJson } from '../exchange/canonical-bundle';
import { readBundle } from '../exchange/export-bundle';
import { cachedStatement } from '../statement-cache';

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

const UPSERT_MARK =
  'INSERT INTO briefing_marks (briefing_id, kind, marked_at, bundle) VALUES (?, ?, ?, ?) ON CONFLICT (briefing_id) DO UPDATE SET kind = excluded.kind, marked_at = excluded.marked_at, bundle = excluded.bundle';

/**
 * Records the moment and the data; null when there is no such briefing. One immediate
 * transaction: the data kept is one consistent snapshot (the dozen reads of readBundle see
 * the same commit), no other connection can write between the reads and the mark, and the
 * statements are prepared once per connection (cachedStatement). The snapshot is gzipped at
 * level 1: at 5,000 organizations it is about a third of level 6's time for a slightly larger row.
 */
export function markBriefing(db: AtlasDatabase, briefingId: number, kind: MarkKind, now = new Date()): BriefingMark | null {
  return db
    .transaction((): BriefingMark | null => {
      if (!cachedStatement(db, 'SELECT 1 FROM briefings WHERE id = ?').get(briefingId)) return null;
      const bundle = gzipSync(Buffer.from(bundleJson(readBundle(db)), 'utf8'), { level: 1 });
      const markedAt = now.toISOString();
      cachedStatement(db, UPSERT_MARK).run(briefingId, kind, markedAt, bundle);
      return { briefingId, kind, markedAt };
    })
    .immediate();
}

export function readBriefingMark(db: AtlasDatabase, briefingId: number): (BriefingMark & { readonly bundleText: string }) | null {
  const row = db.prepare('SELECT kind, marked_at AS markedAt, bundle FROM briefing_marks WHERE briefing_id = ?').get(briefingId) as
    | { kind: MarkKind; markedAt: string; bundle: Buffer }
    | undefined;
  if (!row) return null;
  return { briefingId, kind: row.kind, markedAt: row.markedAt, bundleText: gunzipSync(row.bundle).toString('utf8') };
}
