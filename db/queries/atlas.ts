import type { AtlasData, DatasetInfo, DatasetRelease, MapPosition } from '../../api/types';
import type { AtlasDatabase } from '../connection';
import { readActorSummaries } from './actors';
import { readEventSummaries } from './events';
import { readLocalized } from './localized-texts';
import { readRelationSummaries } from './relations';

export class NoDatasetError extends Error {
  constructor() {
    super('The database holds no dataset yet.');
    this.name = 'NoDatasetError';
  }
}

export function readDatasetInfo(db: AtlasDatabase): DatasetInfo {
  const row = db
    .prepare('SELECT source_name AS sourceName, imported_at AS importedAt, warnings, release_date AS releaseDate FROM dataset WHERE id = 1')
    .get() as { sourceName: string; importedAt: string; warnings: string; releaseDate: string | null } | undefined;
  if (!row) throw new NoDatasetError();
  const languages = (db.prepare('SELECT code FROM languages ORDER BY position').all() as { code: string }[]).map((r) => r.code);
  return {
    title: readLocalized(db, 'dataset_texts', 'title').get('dataset') ?? {},
    release: row.releaseDate === null ? null : { date: row.releaseDate, changes: readReleaseChanges(db) },
    sourceName: row.sourceName,
    importedAt: row.importedAt,
    languages,
    warnings: JSON.parse(row.warnings) as string[],
  };
}

function readReleaseChanges(db: AtlasDatabase): DatasetRelease['changes'] {
  const changes = readLocalized(db, 'release_changes', 'text');
  return [...changes.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, texts]) => texts);
}

export function readPositions(db: AtlasDatabase): Record<string, MapPosition> {
  const rows = db.prepare('SELECT actor_id AS actorId, x, y FROM node_positions').all() as { actorId: string; x: number; y: number }[];
  return Object.fromEntries(rows.map(({ actorId, x, y }) => [actorId, { x, y }]));
}

/** Everything the map and timeline draw, in one answer; details are fetched on demand. */
export function readAtlas(db: AtlasDatabase): Omit<AtlasData, 'notices'> {
  const countryRows = db.prepare('SELECT code, color FROM countries ORDER BY position').all() as { code: string; color: string }[];
  const countryNames = readLocalized(db, 'country_texts', 'name');
  return {
    dataset: readDatasetInfo(db),
    countries: countryRows.map((c) => ({ ...c, name: countryNames.get(c.code) ?? {} })),
    actors: readActorSummaries(db),
    relations: readRelationSummaries(db),
    events: readEventSummaries(db),
    positions: readPositions(db),
  };
}
