import type { EditOutcome, HistoryEntry } from '../../api/editing-types';
import type { AtlasDatabase } from '../connection';
import { readEntry, readHistory, redoTarget, setState, undoTarget } from './change-log';
import { currentBundle, writeRecordStates, type RecordState } from './edit-records';
import { LIST_OF } from './record-kinds';
import { isBriefingChange, writeBriefingSide, type BriefingSide } from './tracked-briefings';
import { writePositionsState, writeScenesState, type PositionsState, type ScenesState } from './tracked-changes';

/**
 * Undo puts the values a change found back; redo puts its own values back. Each is one
 * transaction, and the log row's state moves with it, so an undo is either wholly done and
 * recorded or not at all, whatever happens to the process.
 */

export class NothingToUndoError extends Error {
  constructor(readonly direction: 'undo' | 'redo') {
    super(direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
    this.name = 'NothingToUndoError';
  }
}

/** True when every record is as the change left it (or found it, when redoing); else the change cannot be replayed safely. */
function recordsAreAt(db: AtlasDatabase, expected: readonly RecordState[]): boolean {
  const bundle = currentBundle(db);
  return expected.every((state) => {
    const current = (bundle[LIST_OF[state.kind]] as readonly { id: string }[]).find((r) => r.id === state.id) ?? null;
    return JSON.stringify(current) === JSON.stringify(state.record);
  });
}

/** Writes one side of a change; false when it can no longer be written (its briefing or records moved on). */
function writeSide(db: AtlasDatabase, entry: HistoryEntry, side: 'before' | 'after'): boolean {
  const target = entry[side];
  if (entry.kind === 'records') {
    if (!recordsAreAt(db, entry[side === 'before' ? 'after' : 'before'] as RecordState[])) return false;
    writeRecordStates(db, target as RecordState[]);
    return true;
  }
  if (entry.kind === 'positions') {
    writePositionsState(db, target as PositionsState);
    return true;
  }
  if (isBriefingChange(entry)) return writeBriefingSide(db, entry.summary.briefingId, target as BriefingSide);
  return writeScenesState(db, target as ScenesState);
}

function step(db: AtlasDatabase, direction: 'undo' | 'redo'): EditOutcome {
  return db.transaction(() => {
    // A change that can no longer be replayed (its briefing was deleted) leaves the stack; the next one is tried.
    for (;;) {
      const entry = direction === 'undo' ? undoTarget(db) : redoTarget(db);
      if (!entry) throw new NothingToUndoError(direction);
      if (writeSide(db, entry, direction === 'undo' ? 'before' : 'after')) {
        setState(db, entry.id, direction === 'undo' ? 'undone' : 'done');
        return { entry: readEntry(db, entry.id), history: readHistory(db) };
      }
      setState(db, entry.id, 'dropped');
    }
  })();
}

export function undo(db: AtlasDatabase): EditOutcome {
  return step(db, 'undo');
}

export function redo(db: AtlasDatabase): EditOutcome {
  return step(db, 'redo');
}
