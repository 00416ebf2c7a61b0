import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The dataset the app ships: tests run against the real data, not a stand-in. */
export const SHIPPED_BUNDLE_PATH = fileURLToPath(new URL('../../assets/dataset/alliance-atlas.json', import.meta.url));

/** A small valid bundle, the base of the broken variants that tests build from it. */
export const SMALL_BUNDLE_PATH = fileURLToPath(new URL('../fixtures/small-bundle.json', import.meta.url));

export type RawBundle = Record<string, unknown> & {
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  events: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  countries: Record<string, unknown>[];
};

export function readRawBundle(path: string): RawBundle {
  return JSON.parse(readFileSync(path, 'utf8')) as RawBundle;
}

/** A copy of the small bundle changed by `change`, for tests of one kind of breakage each. */
export function smallBundleWith(change: (bundle: RawBundle) => void): RawBundle {
  const bundle = readRawBundle(SMALL_BUNDLE_PATH);
  change(bundle);
  return bundle;
}

export function actorOf(bundle: RawBundle, id: string): Record<string, unknown> {
  const actor = bundle.actors.find((a) => a['id'] === id);
  if (!actor) throw new Error(`test bundle has no actor ${id}`);
  return actor;
}

/**
 * The small bundle in format v2: a release, readings of two Japanese names, and roles with a
 * lead, a second function and a citation without confidence (which loading only warns about).
 */
export function smallBundleV2(change: (bundle: RawBundle) => void = () => {}): RawBundle {
  return smallBundleWith((b) => {
    b['version'] = 2;
    b['release'] = {
      date: '2026-12-02',
      changes: [
        { en: 'Added the functions of each organization.', ja: '各組織の機能を追加した。' },
        { en: 'Added readings of Japanese names.', ja: '日本語名の読みを追加した。' },
      ],
    };
    Object.assign(actorOf(b, 'npa'), {
      reading: 'けいさつちょう',
      roles: [{ function: 'law_enforcement', lead: true, sources: [{ id: 'src_a', confidence: 'official' }] }],
    });
    Object.assign(actorOf(b, 'nco'), {
      reading: 'こっかさいばーとうかつしつ',
      roles: [{ function: 'incident_response', lead: true, sources: [{ id: 'src_a', confidence: 'official' }] }],
    });
    actorOf(b, 'cisa')['roles'] = [
      { function: 'incident_response', lead: true, sources: [{ id: 'src_a', confidence: 'official' }, { id: 'src_article', confidence: 'reported' }] },
      { function: 'information_sharing', sources: [{ id: 'src_article', confidence: 'reported' }] },
    ];
    change(b);
  });
}
