import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableKind } from '../../../api/editing-types';
import { ConfirmDelete } from '../briefing/ConfirmDelete';
import { useEditingStore } from './editing-store';

const DELETE_QUESTIONS = {
  actor: 'editing.confirmDeleteActor',
  relation: 'editing.confirmDeleteRelation',
  event: 'editing.confirmDeleteEvent',
  source: 'editing.confirmDeleteSource',
} as const;

/** Edit and Delete for the record in the details panel; deleting asks first, and can be undone. */
export function RecordActions({ kind, id }: { readonly kind: EditableKind; readonly id: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { openEdit, remove } = useEditingStore.getState();
  return (
    <div className="record-actions">
      <button type="button" className="small-button" onClick={() => void openEdit(kind, id)}>
        {t('editing.edit')}
      </button>
      <button type="button" className="small-button" onClick={() => setConfirming(true)}>
        {t('editing.delete')}
      </button>
      {confirming && (
        <ConfirmDelete
          question={t(DELETE_QUESTIONS[kind])}
          onCancel={() => setConfirming(false)}
          onDelete={() => {
            setConfirming(false);
            void remove(kind, id);
          }}
        />
      )}
    </div>
  );
}
