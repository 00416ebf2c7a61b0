import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/atlas-api';
import type { Scene } from '../../../api/types';
import { pickText, type LabelLanguage } from '../../../domain/languages';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { exportScene, type SceneExportFormat } from '../export/scene-exports';
import { PNG_WIDTHS } from '../export/map-image';
import { useBriefingStore } from './briefing-store';
import { BriefingTitleDialog } from './BriefingTitleDialog';
import { ConfirmDelete } from './ConfirmDelete';
import { exportBriefingPdf } from './pdf-export';
import { exportBriefingPptx } from '../export/briefing-pptx';
import { exportBriefingHandout } from '../export/briefing-handout';
import { SceneDialog } from './SceneDialog';
import { fromLocalized } from './TextFields';

type OpenDialog = { readonly kind: 'new-briefing' } | { readonly kind: 'rename' } | { readonly kind: 'scene'; readonly scene: Scene | null };
type PendingDelete = { readonly kind: 'briefing' } | { readonly kind: 'scene'; readonly sceneId: number };

/**
 * Briefings: ordered scenes saved from the map, each with bilingual titles and speaker notes,
 * presented in order and exported as images, data or a PDF pack.
 */
export function BriefingPanel() {
  const { t } = useTranslation();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const atlas = useAtlasStore((s) => s.atlas);
  const summaries = useBriefingStore((s) => s.summaries);
  const briefing = useBriefingStore((s) => s.briefing);
  const error = useBriefingStore((s) => s.error);
  const store = useBriefingStore.getState();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [exportLanguage, setExportLanguage] = useState<LabelLanguage>(uiLanguage);
  const [pngWidth, setPngWidth] = useState<number>(PNG_WIDTHS[1]);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [exportMessage, setExportMessage] = useState<string | null>(null);

  useEffect(() => {
    void useBriefingStore.getState().loadSummaries();
  }, []);

  const exportOne = async (index: number, format: SceneExportFormat) => {
    if (!atlas || !briefing) return;
    await exportScene(atlas, briefing, index, format, { language: exportLanguage, pngWidth, includeNotes });
    void api.markBriefing({ briefingId: briefing.id, kind: 'exported' });
  };
  const exportPdf = async (sceneId: number | null) => {
    if (!briefing) return;
    setExportMessage(await exportBriefingPdf(briefing.id, sceneId, exportLanguage, t));
    void api.markBriefing({ briefingId: briefing.id, kind: 'exported' });
  };

  // The deck and the web handout are made here, in the page, and saved like any download.
  const exportHandout = async (kind: 'pptx' | 'html') => {
    if (!atlas || !briefing) return;
    setExportMessage(t('handout.preparing'));
    const sources = await api.listSources({});
    if (!sources.ok) {
      setExportMessage(sources.error.message);
      return;
    }
    try {
      const file = kind === 'pptx' ? await exportBriefingPptx(atlas, briefing, sources.value, exportLanguage) : await exportBriefingHandout(atlas, briefing, sources.value, exportLanguage);
      setExportMessage(t('handout.saved', { file }));
    } catch (error) {
      setExportMessage(t('handout.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section className="briefing-panel" aria-label={t('briefing.panel')}>
      <div className="briefing-panel__header">
        <label className="briefing-panel__choose">
          <span>{t('briefing.choose')}</span>
          <select value={briefing?.id ?? ''} onChange={(event) => void store.openBriefing(Number(event.target.value))}>
            <option value="" disabled>
              {summaries.length === 0 ? t('briefing.noneYet') : t('briefing.pick')}
            </option>
            {summaries.map((summary) => (
              <option key={summary.id} value={summary.id}>
                {pickText(summary.title, [uiLanguage])} ({t('briefing.sceneCount', { count: summary.sceneCount })})
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setDialog({ kind: 'new-briefing' })}>
          {t('briefing.newBriefing')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      {!briefing ? (
        <p className="muted">{t('briefing.intro')}</p>
      ) : (
        <>
          <div className="briefing-panel__title">
            <h3>{pickText(briefing.title, [uiLanguage])}</h3>
            <button type="button" className="small-button" onClick={() => setDialog({ kind: 'rename' })}>
              {t('briefing.rename')}
            </button>
            <button type="button" className="small-button" onClick={() => setPendingDelete({ kind: 'briefing' })}>
              {t('briefing.delete')}
            </button>
          </div>
          {pendingDelete?.kind === 'briefing' && (
            <ConfirmDelete
              question={t('briefing.confirmDeleteBriefing')}
              onDelete={() => void store.deleteBriefing().then(() => setPendingDelete(null))}
              onCancel={() => setPendingDelete(null)}
            />
          )}
          <div className="briefing-panel__actions">
            <button type="button" className="primary-button" disabled={briefing.scenes.length === 0} onClick={() => void store.startPresenting(0)}>
              {t('briefing.present')}
            </button>
            <label className="compact-field">
              <span>{t('briefing.exportLanguage')}</span>
              <select value={exportLanguage} onChange={(event) => setExportLanguage(event.target.value as LabelLanguage)}>
                <option value="en">English</option>
                <option value="ja">日本語</option>
                <option value="both">EN + 日本語</option>
              </select>
            </label>
            <button type="button" disabled={briefing.scenes.length === 0} onClick={() => void exportPdf(null)}>
              {t('briefing.exportPdf')}
            </button>
            <button type="button" disabled={briefing.scenes.length === 0} onClick={() => void exportHandout('pptx')}>
              {t('handout.exportPptx')}
            </button>
            <button type="button" disabled={briefing.scenes.length === 0} onClick={() => void exportHandout('html')}>
              {t('handout.exportHtml')}
            </button>
          </div>
          {exportMessage && (
            <p className="muted" role="status">
              {exportMessage}
            </p>
          )}
          <ol className="scene-list">
            {briefing.scenes.map((scene, index) => (
              <li key={scene.id} className="scene-list__item" data-scene-id={scene.id}>
                <div className="scene-list__row">
                  <span className="scene-list__number">{index + 1}</span>
                  <button type="button" className="link-button scene-list__title" title={t('briefing.openScene')} onClick={() => store.openScene(scene)}>
                    {pickText(scene.title, [uiLanguage])}
                  </button>
                  {scene.cumulative && <span className="badge">{t('briefing.cumulativeBadge')}</span>}
                </div>
                <div className="scene-list__actions">
                  <button type="button" className="small-button" aria-label={t('briefing.moveUp')} disabled={index === 0} onClick={() => void store.moveScene(scene.id, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    aria-label={t('briefing.moveDown')}
                    disabled={index === briefing.scenes.length - 1}
                    onClick={() => void store.moveScene(scene.id, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" className="small-button" onClick={() => setDialog({ kind: 'scene', scene })}>
                    {t('briefing.edit')}
                  </button>
                  <button type="button" className="small-button" onClick={() => void store.duplicateScene(scene.id)}>
                    {t('briefing.duplicate')}
                  </button>
                  <button type="button" className="small-button" onClick={() => setPendingDelete({ kind: 'scene', sceneId: scene.id })}>
                    {t('briefing.delete')}
                  </button>
                  <button type="button" className="small-button" onClick={() => void store.startPresenting(index)}>
                    {t('briefing.presentFromHere')}
                  </button>
                  <span className="scene-list__exports">
                    <button type="button" className="small-button" onClick={() => void exportOne(index, 'png')}>
                      PNG
                    </button>
                    <button type="button" className="small-button" onClick={() => void exportOne(index, 'svg')}>
                      SVG
                    </button>
                    <button type="button" className="small-button" onClick={() => void exportOne(index, 'csv')}>
                      CSV
                    </button>
                    <button type="button" className="small-button" onClick={() => void exportPdf(scene.id)}>
                      PDF
                    </button>
                  </span>
                </div>
                {pendingDelete?.kind === 'scene' && pendingDelete.sceneId === scene.id && (
                  <ConfirmDelete
                    question={t('briefing.confirmDeleteScene')}
                    onDelete={() => void store.deleteScene(scene.id).then(() => setPendingDelete(null))}
                    onCancel={() => setPendingDelete(null)}
                  />
                )}
              </li>
            ))}
          </ol>
          <button type="button" className="primary-button" onClick={() => setDialog({ kind: 'scene', scene: null })}>
            {t('briefing.addScene')}
          </button>
          <label className="compact-field">
            <input type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} /> <span>{t('notes.inCsv')}</span>
          </label>
          <label className="compact-field">
            <span>{t('briefing.pngWidth')}</span>
            <select value={pngWidth} onChange={(event) => setPngWidth(Number(event.target.value))}>
              {PNG_WIDTHS.map((width) => (
                <option key={width} value={width}>
                  {width} px
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {dialog?.kind === 'new-briefing' && (
        <BriefingTitleDialog heading={t('briefing.newBriefing')} initial={{ en: '', ja: '' }} onSave={(title) => void store.createBriefing(title)} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'rename' && briefing && (
        <BriefingTitleDialog heading={t('briefing.rename')} initial={fromLocalized(briefing.title)} onSave={(title) => void store.renameBriefing(title)} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'scene' && <SceneDialog scene={dialog.scene} onClose={() => setDialog(null)} />}
    </section>
  );
}
