import type { EditableKind } from '../../api/editing-types';
import { bundleSchema, type RecordList } from '../bundle/bundle-schema';

/** The bundle list and the main table of each kind of record the user can edit. */
export const LIST_OF: Readonly<Record<EditableKind, Exclude<RecordList, 'countries'>>> = {
  actor: 'actors',
  relation: 'relations',
  event: 'events',
  source: 'sources',
};

export const TABLE_OF = LIST_OF;

export const KIND_OF_LIST: Readonly<Record<string, EditableKind>> = { actors: 'actor', relations: 'relation', events: 'event', sources: 'source' };

/** The bundle schema of one record of the kind: the very rules a bundle's records must pass. */
export function recordSchema(kind: EditableKind) {
  return bundleSchema.shape[LIST_OF[kind]].element;
}
