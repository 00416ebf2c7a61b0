import type { OperationResults } from '../api/contract';
import { validateBundleText } from '../db/bundle/validate-bundle';
import type { AtlasDatabase } from '../db/connection';
import { canonicalBundle } from '../db/exchange/canonical-bundle';
import { compareBundles } from '../db/exchange/compare-bundles';
import { readBundle } from '../db/exchange/export-bundle';
import type { LooseRecord } from '../db/exchange/record-labels';
import { readBriefingMark } from '../db/queries/briefing-marks';

/**
 * What changed in the data since the briefing was last presented or exported: the data kept
 * with that mark against the data now, by the same comparison as any two bundles.
 */
export function compareSinceBriefing(db: AtlasDatabase, briefingId: number): OperationResults['compareSinceBriefing'] {
  const mark = readBriefingMark(db, briefingId);
  if (!mark) return { mark: null, comparison: null, removedParents: {} };
  const { bundleText, ...info } = mark;
  const then = validateBundleText(bundleText);
  // The kept data was written by this app from a valid database; should a later format refuse it, nothing is compared.
  if (!then.ok) return { mark: info, comparison: null, removedParents: {} };
  const comparison = compareBundles(canonicalBundle(then.bundle) as unknown as LooseRecord, readBundle(db) as unknown as LooseRecord);
  const removed = new Set(comparison.changes.filter((c) => c.list === 'actors' && c.change === 'removed').map((c) => c.id));
  const removedParents = Object.fromEntries(then.bundle.actors.filter((a) => removed.has(a.id)).map((a) => [a.id, a.parent ?? null]));
  return { mark: info, comparison, removedParents };
}
