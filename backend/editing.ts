import type { Handlers } from './handlers';
import { RecordNotFoundError } from '../db/editing/apply-edit';
import { readHistory } from '../db/editing/change-log';
import { editRecord, readEditableRecord, RecordInvalidError } from '../db/editing/edit-records';
import { NothingToUndoError, redo, undo } from '../db/editing/undo-redo';
import type { AtlasDatabase } from '../db/connection';
import { AtlasError } from './atlas-error';

/**
 * The editing operations of the contract, and the change log around the older writes
 * (drags, Reset layout, scenes). The db/ layer's own errors become coded AtlasErrors here:
 * an invalid record lists each field at fault, so the form can say which.
 */

type EditingOperation = 'getEditableRecord' | 'saveRecord' | 'deleteRecord' | 'undo' | 'redo' | 'getEditHistory';

function translated<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RecordInvalidError) throw new AtlasError('invalid_record', error.message, error.problems, error.problems.length);
    if (error instanceof RecordNotFoundError) throw new AtlasError('not_found', error.message);
    if (error instanceof NothingToUndoError) throw new AtlasError('nothing_to_undo', error.message);
    throw error;
  }
}

export function editingHandlers(db: AtlasDatabase): Pick<Handlers, EditingOperation> {
  return {
    getEditableRecord: ({ kind, id }) => translated(() => readEditableRecord(db, kind, id)),
    saveRecord: ({ kind, action, id, record }) =>
      translated(() => {
        const entry = action === 'create' ? editRecord(db, { action, kind, record }) : editRecord(db, { action, kind, id: id ?? '', record });
        return { entry, history: readHistory(db) };
      }),
    deleteRecord: ({ kind, id }) =>
      translated(() => {
        const entry = editRecord(db, { action: 'delete', kind, id });
        return { entry, history: readHistory(db) };
      }),
    undo: () => translated(() => undo(db)),
    redo: () => translated(() => redo(db)),
    getEditHistory: ({ limit }) => readHistory(db, limit),
  };
}
