import type { AtlasData } from '../../../api/types';
import { allianceLayout, type Point } from './layout/alliance-layout';

/**
 * Saved positions where the user (or an earlier start) fixed them, the default layout for
 * the rest. `unsaved` lists the latter so the caller can store them: the map then opens the
 * same way every time, even if a later version changes the default layout.
 */
export function initialPositions(atlas: Pick<AtlasData, 'actors' | 'countries' | 'positions'>): {
  readonly positions: ReadonlyMap<string, Point>;
  readonly unsaved: readonly ({ actorId: string } & Point)[];
} {
  const layout = allianceLayout(
    atlas.actors,
    atlas.countries.map((c) => c.code),
  );
  const positions = new Map<string, Point>();
  const unsaved: ({ actorId: string } & Point)[] = [];
  for (const actor of atlas.actors) {
    const saved = atlas.positions[actor.id];
    const point = saved ?? layout.get(actor.id) ?? { x: 0, y: 0 };
    positions.set(actor.id, point);
    if (!saved) unsaved.push({ actorId: actor.id, ...point });
  }
  return { positions, unsaved };
}
