import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { EditableKind } from '../../../api/editing-types';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { describeChange } from './describe-change';
import { useEditingStore } from './editing-store';
import { HistoryDialog } from './HistoryDialog';
import { newDraft } from './record-draft';
import { RecordFormDialog } from './RecordFormDialog';
import { useUndoKeys } from './undo-commands';
import './editing.css';

const NEW_KINDS: readonly EditableKind[] = ['actor', 'relation', 'event', 'source'];

/**
 * The top bar's editing controls: Undo and Redo (their titles say what they would take back),
 * a "New…" choice of record kind, and the history of changes. The last step taken is said in
 * a status line, so an undo done from the keyboard is never silent.
 */
export function EditToolbar() {
  const { t } = useTranslation();
  const history = useEditingStore((s) => s.history);
  const lastStep = useEditingStore((s) => s.lastStep);
  const stepError = useEditingStore((s) => s.stepError);
  const { undo, redo, loadHistory, openNew, setHistoryOpen } = useEditingStore.getState();
  useUndoKeys();
  useEffect(() => void loadHistory(), [loadHistory]);

  const startNew = (kind: EditableKind) => {
    const atlas = useAtlasStore.getState().atlas;
    const selection = useViewStore.getState().selection;
    const selectedActor = selection?.kind === 'actor' ? selection.id : null;
    const actorIds = [...(selectedActor ? [selectedActor] : []), ...(atlas?.actors.map((a) => a.id).filter((id) => id !== selectedActor) ?? [])];
    const countryCode = atlas?.actors.find((a) => a.id === selectedActor)?.country ?? atlas?.countries[0]?.code ?? null;
    openNew(kind, newDraft(kind, { actorIds, countryCode }));
  };

  return (
    <div className="edit-toolbar" role="group" aria-label={t('editing.toolbar')}>
      <button
        type="button"
        onPointerEnter={() => void loadHistory()}
        onFocus={() => void loadHistory()}
        title={history?.undo ? t('editing.undoWhat', { change: describeChange(t, history.undo) }) : t('editing.undoShortcut')}
        onClick={() => void undo()}
        className="edit-toolbar__icon"
        aria-label={t('editing.undo')}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M6 3 2 7l4 4M2 7h7.5a4 4 0 0 1 0 8H6" />
        </svg>
      </button>
      <button
        type="button"
        onPointerEnter={() => void loadHistory()}
        onFocus={() => void loadHistory()}
        title={history?.redo ? t('editing.redoWhat', { change: describeChange(t, history.redo) }) : t('editing.redoShortcut')}
        onClick={() => void redo()}
        className="edit-toolbar__icon"
        aria-label={t('editing.redo')}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="m10 3 4 4-4 4m4-4H6.5a4 4 0 0 0 0 8H10" />
        </svg>
      </button>
      <select
        aria-label={t('editing.new')}
        value=""
        onChange={(event) => {
          if (event.target.value) startNew(event.target.value as EditableKind);
        }}
      >
        <option value="">{t('editing.new')}</option>
        {NEW_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`editing.newKind.${kind}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setHistoryOpen(true)}>
        {t('editing.history')}
      </button>
      <p className="edit-toolbar__status" role="status" data-testid="edit-status">
        {stepError ? (stepError.code === 'nothing_to_undo' ? t(stepError.message.includes('redo') ? 'editing.nothingToRedo' : 'editing.nothingToUndo') : stepError.message) : lastStep ? t(`editing.step.${lastStep.direction}`, { change: describeChange(t, lastStep.entry) }) : ''}
      </p>
      {createPortal(
        <>
          <RecordFormDialog />
          <HistoryDialog />
        </>,
        document.body,
      )}
    </div>
  );
}
