import { recordPath, type BundleProblem } from './problem-location';
import { said } from './problem-catalogue';

/**
 * What each format version may contain. Version 1 bundles still load; fields that version 2
 * added are refused in them rather than silently accepted, so a bundle says which format it
 * is written in. Checked on the raw input, because the schema fills in defaults (`roles: []`)
 * that would hide whether a field was written.
 */

const VERSION_2_ACTOR_FIELDS = ['reading', 'roles'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fieldsNewerThanVersion(raw: Record<string, unknown>): BundleProblem[] {
  if (raw['version'] !== 1) return [];
  const problems: BundleProblem[] = [];
  if ('release' in raw) problems.push({ path: ['release'], ...said('schema.newInVersion2') });
  const actors = Array.isArray(raw['actors']) ? raw['actors'] : [];
  actors.forEach((actor, index) => {
    if (!isObject(actor)) return;
    for (const field of VERSION_2_ACTOR_FIELDS) {
      if (field in actor) problems.push({ path: recordPath('actors', index, field), ...said('schema.newInVersion2') });
    }
  });
  return problems;
}
