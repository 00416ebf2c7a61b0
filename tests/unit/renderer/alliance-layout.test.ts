import { describe, expect, it } from 'vitest';
import { readAtlasFixtureActors } from '../../support/layout-fixture';
import { allianceLayout, CELL_HEIGHT, type LayoutActor } from '../../../renderer/features/map/layout/alliance-layout';

describe('the default alliance layout', () => {
  const { actors, countries } = readAtlasFixtureActors();
  const positions = allianceLayout(actors, countries);
  const at = (id: string) => {
    const p = positions.get(id);
    if (!p) throw new Error(`no position for ${id}`);
    return p;
  };

  it('places every actor once, with no two on the same spot', () => {
    expect(positions.size).toBe(actors.length);
    const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(actors.length);
  });

  it('puts the first country on the left, frameworks in the middle, the second country on the right', () => {
    const xs = (country: string | null) => actors.filter((a) => a.country === country).map((a) => at(a.id).x);
    const [left, right] = countries;
    expect(Math.max(...xs(left ?? ''))).toBeLessThan(Math.min(...xs(null)));
    expect(Math.max(...xs(null))).toBeLessThan(Math.min(...xs(right ?? '')));
  });

  it('draws every organization above its units', () => {
    const byId = new Map(actors.map((a) => [a.id, a]));
    for (const actor of actors) {
      const parent = actor.parent ? byId.get(actor.parent) : undefined;
      if (parent && parent.country === actor.country) {
        expect(at(parent.id).y, `${parent.id} above ${actor.id}`).toBeLessThanOrEqual(at(actor.id).y - CELL_HEIGHT);
      }
    }
  });

  it('is the same on every run', () => {
    expect(allianceLayout(actors, countries)).toEqual(positions);
  });

  it('survives a parent cycle and parents in another country', () => {
    const odd: LayoutActor[] = [
      { id: 'a', type: 'agency', country: 'JP', parent: 'b' },
      { id: 'b', type: 'agency', country: 'JP', parent: 'a' },
      { id: 'c', type: 'agency', country: 'US', parent: 'a' },
    ];
    expect([...allianceLayout(odd, ['JP', 'US']).keys()].sort()).toEqual(['a', 'b', 'c']);
  });
});
