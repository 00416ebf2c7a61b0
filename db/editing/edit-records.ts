import type { EditableKind, EditableRecord, HistoryEntry } from '../../api/editing-types';
import { CURRENT_BUNDLE_VERSION } from '../bundle/bundle-schema';
import { formatProblem, type BundleProblem } from '../bundle/problem-location';
import { validateBundle } from '../bundle/validate-bundle';
import type { AtlasDatabase } from '../connection';
import { canonicalBundle, type BundleFile } from '../exchange/canonical-bundle';
import { readBundle } from '../exchange/export-bundle';
import { applyEdit, RecordNotFoundError, type RecordEdit } from './apply-edit';
import { logChange } from './change-log';
import { KIND_OF_LIST, LIST_OF } from './record-kinds';
import { insertRecord, nextPosition, positionOf, removeRecord } from './write-records';
import { invalidateSearchIndex } from '../queries/search';

/**
 * Adding, changing and deleting records. An edit is judged as the bundle it would make: the
 * same schema and integrity rules as an imported file (db/bundle/validate-bundle.ts), so the
 * database never holds what a bundle could not. Nothing is written unless it passes; then the
 * records that differ are rewritten and the change logged, all in one transaction.
 */

/** One record's state in the change log: null when it does not exist. */
export interface RecordState {
  readonly kind: EditableKind;
  readonly id: string;
  readonly position: number;
  readonly record: EditableRecord | null;
}

export class RecordInvalidError extends Error {
  constructor(
    readonly kind: EditableKind,
    readonly problems: readonly string[],
  ) {
    super(`The ${kind} was not saved: ${problems[0] ?? 'it is not valid'}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
    this.name = 'RecordInvalidError';
  }
}

export { RecordNotFoundError };

const EDITABLE_LISTS = ['sources', 'actors', 'relations', 'events'] as const;

/** A record's findings name its field ("name.ja: Japanese text is missing"); findings elsewhere name the record too. */
function describer(raw: BundleFile, list: string, index: number) {
  return (problem: BundleProblem): string => {
    const [problemList, problemIndex, ...field] = problem.path;
    if (problemList === list && problemIndex === index && field.length > 0) {
      const name = field.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
      return `${name}: ${problem.message}`;
    }
    return formatProblem(raw, problem);
  };
}

function recordsById(bundle: BundleFile, list: (typeof EDITABLE_LISTS)[number]): Map<string, string> {
  return new Map((bundle[list] as readonly { id: string }[]).map((record) => [record.id, JSON.stringify(record)]));
}

/** The current dataset as the canonical bundle, which the change log's records are written in. */
export function currentBundle(db: AtlasDatabase): BundleFile {
  return withoutAbsentFields(readBundle(db));
}

/** The bundle as its file would hold it: fields left undefined are not there at all. */
function withoutAbsentFields(bundle: BundleFile): BundleFile {
  return JSON.parse(JSON.stringify(bundle)) as BundleFile;
}

/** The record as the edit form starts from it: the bundle's own form. */
export function readEditableRecord(db: AtlasDatabase, kind: EditableKind, id: string): EditableRecord {
  const record = (currentBundle(db)[LIST_OF[kind]] as readonly { id: string }[]).find((r) => r.id === id);
  if (!record) throw new RecordNotFoundError(kind, id);
  return record as EditableRecord;
}

/** Records that differ between two canonical bundles, with their stored positions (new ones go last). */
function differences(db: AtlasDatabase, before: BundleFile, after: BundleFile): { before: RecordState[]; after: RecordState[] } {
  const was: RecordState[] = [];
  const becomes: RecordState[] = [];
  for (const list of EDITABLE_LISTS) {
    const kind = KIND_OF_LIST[list] as EditableKind;
    const old = recordsById(before, list);
    const next = recordsById(after, list);
    let appended = nextPosition(db, kind);
    for (const id of new Set([...old.keys(), ...next.keys()])) {
      const a = old.get(id);
      const b = next.get(id);
      if (a === b) continue;
      const position = positionOf(db, kind, id) ?? appended++;
      was.push({ kind, id, position, record: a === undefined ? null : (JSON.parse(a) as EditableRecord) });
      becomes.push({ kind, id, position, record: b === undefined ? null : (JSON.parse(b) as EditableRecord) });
    }
  }
  return { before: was, after: becomes };
}

/**
 * Puts records into the given states in the caller's transaction. Foreign keys are checked at
 * commit, so records that refer to each other can be rewritten in any order.
 */
export function writeRecordStates(db: AtlasDatabase, states: readonly RecordState[]): void {
  db.pragma('defer_foreign_keys = ON');
  for (const state of states) removeRecord(db, state.kind, state.id);
  for (const state of states) if (state.record) insertRecord(db, state.kind, state.record, state.position);
  // Search keeps an index per dataset that only an import would otherwise rebuild.
  invalidateSearchIndex(db);
}

/** Makes the edit, or throws RecordInvalidError (changing nothing) naming each field at fault. */
export function editRecord(db: AtlasDatabase, edit: RecordEdit): HistoryEntry {
  return db.transaction(() => {
    const before = currentBundle(db);
    const { bundle: edited, index } = applyEdit(before, edit);
    const list = LIST_OF[edit.kind];
    // The database holds whatever the current format can say, whichever version the file was.
    const candidate = { ...withoutAbsentFields(edited), version: CURRENT_BUNDLE_VERSION as BundleFile['version'] };
    const validation = validateBundle(candidate, describer(candidate, list, index));
    if (!validation.ok) throw new RecordInvalidError(edit.kind, validation.problems);
    const after = withoutAbsentFields(canonicalBundle(validation.bundle));
    const changes = differences(db, before, after);
    const id = edit.action === 'create' ? String(edit.record['id']) : edit.id;
    const summary = { action: edit.action, recordKind: edit.kind, recordId: id, alsoChanged: Math.max(0, changes.after.length - 1) };
    writeRecordStates(db, changes.after);
    return logChange(db, 'records', summary, changes.before, changes.after);
  })();
}
