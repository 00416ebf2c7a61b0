import type { Migration } from '../migrate';

/**
 * Search moved to an in-memory index built from the dataset (db/queries/search-matcher.ts),
 * which matches kana, readings and partial words the trigram table could not. The full-text
 * table was still filled on every import and edit but never read: about a tenth of the time of
 * a 5,000-organization import. Nothing in it is the user's; the dataset tables keep every text.
 */
export const dropActorSearchSchema: Migration = {
  version: 6,
  name: 'drop the unused full-text table',
  up: `
    DROP TABLE actor_search;
  `,
};
