import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scene } from '../../../api/types';
import { captureCurrentView, useBriefingStore } from './briefing-store';
import { FormDialog } from './FormDialog';
import { BilingualField, fromLocalized, toTyped } from './TextFields';

/** Saves the current view as a new scene, or edits a scene's title, notes and reveal. */
export function SceneDialog({ scene, onClose }: { readonly scene: Scene | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(fromLocalized(scene?.title));
  const [notes, setNotes] = useState(fromLocalized(scene?.notes));
  const [cumulative, setCumulative] = useState(scene?.cumulative ?? false);
  const [retake, setRetake] = useState(false);
  const { addScene, updateScene } = useBriefingStore.getState();
  const save = () => {
    if (scene) void updateScene(scene.id, { title: toTyped(title), notes: toTyped(notes), cumulative, ...(retake ? { view: captureCurrentView() } : {}) });
    else void addScene(toTyped(title), toTyped(notes), cumulative);
    onClose();
  };
  return (
    <FormDialog
      title={scene ? t('briefing.editScene') : t('briefing.newScene')}
      canSubmit={Boolean(title.en.trim() || title.ja.trim())}
      onSubmit={save}
      onClose={onClose}
    >
      {!scene && <p className="muted">{t('briefing.newSceneHint')}</p>}
      <BilingualField label={t('briefing.title')} value={title} onChange={setTitle} maxLength={200} />
      <BilingualField label={t('briefing.notes')} value={notes} onChange={setNotes} maxLength={5000} multiline />
      <label className="checkbox-label">
        <input type="checkbox" checked={cumulative} onChange={(event) => setCumulative(event.target.checked)} />
        {t('briefing.cumulative')}
      </label>
      {scene && (
        <label className="checkbox-label">
          <input type="checkbox" checked={retake} onChange={(event) => setRetake(event.target.checked)} />
          {t('briefing.retakeView')}
        </label>
      )}
    </FormDialog>
  );
}
