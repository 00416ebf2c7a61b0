/** Why a requested scene order is not a permutation of the briefing's scenes. */
export interface SceneOrderMismatch {
  /** Scenes of the briefing the order leaves out. */
  readonly missing: readonly number[];
  /** Ids that are not scenes of this briefing. */
  readonly extra: readonly number[];
  /** Ids named more than once. */
  readonly repeated: readonly number[];
}

/** Null when `requested` names each of `current` exactly once and nothing else. */
export function findSceneOrderMismatch(current: readonly number[], requested: readonly number[]): SceneOrderMismatch | null {
  const currentIds = new Set(current);
  const requestedIds = new Set(requested);
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const id of requested) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  const mismatch = {
    missing: current.filter((id) => !requestedIds.has(id)),
    extra: [...requestedIds].filter((id) => !currentIds.has(id)),
    repeated: [...repeated],
  };
  return mismatch.missing.length + mismatch.extra.length + mismatch.repeated.length === 0 ? null : mismatch;
}

/** Thrown (inside the reorder's transaction, so nothing changes) when the new order is not a permutation. */
export class SceneOrderError extends Error {
  constructor(
    briefingId: number,
    readonly mismatch: SceneOrderMismatch,
  ) {
    const parts = [
      mismatch.missing.length > 0 ? `missing ${mismatch.missing.join(', ')}` : null,
      mismatch.extra.length > 0 ? `not in this briefing ${mismatch.extra.join(', ')}` : null,
      mismatch.repeated.length > 0 ? `repeated ${mismatch.repeated.join(', ')}` : null,
    ].filter((part) => part !== null);
    super(`The new order must name every scene of briefing ${briefingId} exactly once: ${parts.join('; ')}.`);
    this.name = 'SceneOrderError';
  }
}
