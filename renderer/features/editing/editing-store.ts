import { create } from 'zustand';
import type { EditableKind, EditableRecord, EditHistory, EditOutcome, HistoryEntry } from '../../../api/editing-types';
import type { ApiError, Result } from '../../../api/result';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { forgetActorDetailsFetchedAhead } from '../../state/details-ahead';
import { useViewStore } from '../../state/view-store';
import { useBriefingStore } from '../briefing/briefing-store';

/** The record form that is open: a new record of a kind, or an existing one as the main process answered it. */
export interface RecordForm {
  readonly kind: EditableKind;
  readonly mode: 'create' | 'update';
  readonly id: string | null;
  readonly record: EditableRecord;
}

/** The last thing done with the change log, said in the status line ("Undone: …"). */
export interface LastStep {
  readonly direction: 'done' | 'undone' | 'redone';
  readonly entry: HistoryEntry;
}

interface EditingState {
  readonly history: EditHistory | null;
  readonly form: RecordForm | null;
  readonly formError: ApiError | null;
  readonly saving: boolean;
  readonly lastStep: LastStep | null;
  readonly stepError: ApiError | null;
  /** Moves on after every change to the data, so views showing a record fetch it again. */
  readonly revision: number;
  readonly historyOpen: boolean;

  loadHistory(): Promise<void>;
  openNew(kind: EditableKind, record?: EditableRecord): void;
  openEdit(kind: EditableKind, id: string): Promise<void>;
  closeForm(): void;
  save(record: EditableRecord): Promise<boolean>;
  remove(kind: EditableKind, id: string): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  setHistoryOpen(open: boolean): void;
}

/** The selection is dropped when the record it names is gone (deleted, or its creation undone). */
function keepSelectionValid(): void {
  const { selection, select } = useViewStore.getState();
  const atlas = useAtlasStore.getState().atlas;
  if (!selection || !atlas) return;
  const exists =
    selection.kind === 'actor'
      ? atlas.actors.some((a) => a.id === selection.id)
      : selection.kind === 'relation'
        ? atlas.relations.some((r) => r.id === selection.id)
        : atlas.events.some((e) => e.id === selection.id);
  if (!exists) select(null);
}

/**
 * A briefing created, renamed or deleted (or that undone): the list of briefings is read again;
 * the open briefing is read again if it is the one changed, or closed if it is gone; one that
 * comes back is opened when no other is.
 */
async function showBriefingChange(briefingId: number): Promise<void> {
  const store = useBriefingStore.getState();
  await store.loadSummaries();
  const open = useBriefingStore.getState().briefing;
  const exists = useBriefingStore.getState().summaries.some((b) => b.id === briefingId);
  // A briefing brought back (its deletion undone) opens, unless the user has another one open.
  if (exists && (open === null || open.id === briefingId)) await store.openBriefing(briefingId);
  else if (!exists && open?.id === briefingId) useBriefingStore.setState({ briefing: null });
}

/** Shows what a change (or its undoing) did: the map and timeline for data and positions, the open briefing for scenes. */
async function showChange(entry: HistoryEntry): Promise<void> {
  if (entry.summary.action === 'briefing') {
    await showBriefingChange(entry.summary.briefingId);
    return;
  }
  if (entry.kind === 'scenes') {
    const briefing = useBriefingStore.getState().briefing;
    if (entry.summary.action === 'scenes' && briefing?.id === entry.summary.briefingId) await useBriefingStore.getState().openBriefing(briefing.id);
    return;
  }
  await useAtlasStore.getState().loadAtlas();
  keepSelectionValid();
}

export const useEditingStore = create<EditingState>()((set, get) => {
  const applied = async (result: Result<EditOutcome>, direction: LastStep['direction']): Promise<boolean> => {
    if (!result.ok) {
      set({ stepError: result.error });
      return false;
    }
    forgetActorDetailsFetchedAhead();
    set((s) => ({ history: result.value.history, lastStep: { direction, entry: result.value.entry }, stepError: null, revision: s.revision + 1 }));
    await showChange(result.value.entry);
    return true;
  };

  return {
    history: null,
    form: null,
    formError: null,
    saving: false,
    lastStep: null,
    stepError: null,
    revision: 0,
    historyOpen: false,

    async loadHistory() {
      const result = await api.getEditHistory({});
      if (result.ok) set({ history: result.value });
    },

    openNew: (kind, record = {}) => set({ form: { kind, mode: 'create', id: null, record }, formError: null }),

    async openEdit(kind, id) {
      const result = await api.getEditableRecord({ kind, id });
      if (result.ok) set({ form: { kind, mode: 'update', id, record: result.value }, formError: null });
      else set({ stepError: result.error });
    },

    closeForm: () => set({ form: null, formError: null }),

    async save(record) {
      const form = get().form;
      if (!form || get().saving) return false;
      set({ saving: true });
      const result = await api.saveRecord({ kind: form.kind, action: form.mode, ...(form.id ? { id: form.id } : {}), record: { ...record } });
      set({ saving: false });
      if (!result.ok) {
        set({ formError: result.error });
        return false;
      }
      set({ form: null, formError: null });
      await applied(result, 'done');
      if (form.mode === 'create' && form.kind !== 'source') useViewStore.getState().select({ kind: form.kind, id: String(record['id']) });
      return true;
    },

    async remove(kind, id) {
      return applied(await api.deleteRecord({ kind, id }), 'done');
    },

    async undo() {
      await applied(await api.undo({}), 'undone');
    },

    async redo() {
      await applied(await api.redo({}), 'redone');
    },

    setHistoryOpen: (open) => {
      set({ historyOpen: open });
      if (open) void get().loadHistory();
    },
  };
});
