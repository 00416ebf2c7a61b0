import type { LayoutActor } from '../../renderer/features/map/layout/alliance-layout';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from './bundles';

/** The shipped dataset's actors as the layout sees them. */
export function readAtlasFixtureActors(): { actors: LayoutActor[]; countries: string[] } {
  const bundle = readRawBundle(SHIPPED_BUNDLE_PATH);
  return {
    actors: bundle.actors.map((a) => ({
      id: a['id'] as string,
      type: a['type'] as LayoutActor['type'],
      country: (a['country'] as string | null) ?? null,
      parent: (a['parent'] as string | null | undefined) ?? null,
    })),
    countries: bundle.countries.map((c) => c['code'] as string),
  };
}
