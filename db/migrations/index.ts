import type { Migration } from '../migrate';
import { initialSchema } from './001-initial-schema';
import { briefingsSchema } from './002-briefings';
import { rolesReadingsReleaseSchema } from './003-roles-readings-release';
import { editHistorySchema } from './004-edit-history';
import { datasetsNotesSchema } from './005-datasets-notes';
import { dropActorSearchSchema } from './006-drop-actor-search';

/** In version order; a migration, once shipped, is never edited; changes go in a new one. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, briefingsSchema, rolesReadingsReleaseSchema, editHistorySchema, datasetsNotesSchema, dropActorSearchSchema];
