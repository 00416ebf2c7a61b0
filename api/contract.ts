import { z } from 'zod';
import { UI_LANGUAGES } from '../domain/languages';
import type { OperationName } from './operations';
import type { Result } from './result';
import type { ActorDetails, AtlasData, EventDetails, ImportSummary, RelationDetails, SearchHit, Settings, SourceWithCitations } from './types';

/**
 * The one contract between renderer and main process: for each operation, the schema its
 * arguments must pass (checked in the main process, never trusted from the renderer) and
 * the type of its answer. Electron IPC and the preview's HTTP transport both carry it.
 */

const recordId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a record id');
const coordinate = z.number().finite().min(-1e7).max(1e7);

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const DATASET_MAX_BYTES = 20 * 1024 * 1024;

export const argumentSchemas = {
  getAtlas: z.object({}).strict(),
  getActorDetails: z.object({ actorId: recordId }).strict(),
  getRelationDetails: z.object({ relationId: recordId }).strict(),
  getEventDetails: z.object({ eventId: recordId }).strict(),
  search: z
    .object({
      query: z.string().max(SEARCH_QUERY_MAX_LENGTH),
      limit: z.number().int().min(1).max(100).optional(),
    })
    .strict(),
  listSources: z.object({}).strict(),
  savePositions: z
    .object({
      positions: z.array(z.object({ actorId: recordId, x: coordinate, y: coordinate }).strict()).max(10_000),
    })
    .strict(),
  resetPositions: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z
    .object({
      uiLanguage: z.enum(UI_LANGUAGES).optional(),
      labelMode: z.enum(['ui', 'both']).optional(),
    })
    .strict(),
  importDataset: z
    .object({
      fileName: z.string().min(1).max(255),
      text: z.string().max(DATASET_MAX_BYTES),
    })
    .strict(),
} as const satisfies Record<OperationName, z.ZodType>;

export interface OperationResults {
  getAtlas: AtlasData;
  getActorDetails: ActorDetails;
  getRelationDetails: RelationDetails;
  getEventDetails: EventDetails;
  search: readonly SearchHit[];
  listSources: readonly SourceWithCitations[];
  savePositions: null;
  resetPositions: null;
  getSettings: Settings;
  updateSettings: Settings;
  importDataset: ImportSummary;
}

export type OperationArgs<K extends OperationName> = z.input<(typeof argumentSchemas)[K]>;
export type ParsedArgs<K extends OperationName> = z.output<(typeof argumentSchemas)[K]>;

/** What the renderer holds: one method per operation, whichever transport carries it. */
export type AtlasApi = {
  readonly [K in OperationName]: (args: OperationArgs<K>) => Promise<Result<OperationResults[K]>>;
};
