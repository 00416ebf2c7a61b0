/**
 * What editing, undo and redo exchange between renderer and main process. A record travels
 * as it is written in a bundle file (docs/dataset-format.md), so the form, the validation and
 * the change log all speak the bundle's field names.
 */

export const EDITABLE_KINDS = ['actor', 'relation', 'event', 'source'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

/** A record in the bundle's own form, e.g. { id, type, name: { en, ja }, sources: [...] }. */
export type EditableRecord = Readonly<Record<string, unknown>>;

export type ChangeKind = 'records' | 'positions' | 'scenes';

/** What one change did, in a form the history list words in the UI language. */
export type ChangeSummary =
  | {
      readonly action: 'create' | 'update' | 'delete';
      readonly recordKind: EditableKind;
      readonly recordId: string;
      /** Other records the change had to touch: relations of a deleted organization, citations of a deleted source. */
      readonly alsoChanged: number;
    }
  | { readonly action: 'move'; readonly count: number }
  | { readonly action: 'resetLayout'; readonly count: number }
  | {
      readonly action: 'scenes';
      readonly briefingId: number;
      readonly change: 'add' | 'update' | 'duplicate' | 'delete' | 'reorder';
    }
  /** A briefing created, renamed or deleted (logged with kind 'scenes': a briefing's own changes). */
  | { readonly action: 'briefing'; readonly briefingId: number; readonly change: 'create' | 'rename' | 'delete' };

export interface HistoryEntry {
  readonly id: number;
  /** ISO 8601 time of the change. */
  readonly at: string;
  readonly kind: ChangeKind;
  readonly summary: ChangeSummary;
  readonly state: 'done' | 'undone' | 'dropped';
  /** The values before and after, as stored in the change log. */
  readonly before: unknown;
  readonly after: unknown;
}

export interface EditHistory {
  /** The change Undo would take back, or null. */
  readonly undo: HistoryEntry | null;
  /** The change Redo would make again, or null. */
  readonly redo: HistoryEntry | null;
  /** The latest changes, newest first. */
  readonly entries: readonly HistoryEntry[];
}

/** After an edit, undo or redo: which change it was and the history as it now stands. */
export interface EditOutcome {
  readonly entry: HistoryEntry;
  readonly history: EditHistory;
}
