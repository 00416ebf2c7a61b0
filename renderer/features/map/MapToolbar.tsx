import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { collapseAll, exitFocus, expandAll, focusOn, resetLayout } from './map-commands';
import type { MapController } from './map-controller';

/** The map's own controls: fit, zoom, expand and collapse, focus, and the way back from a focus. */
export function MapToolbar({ controller }: { readonly controller: MapController }) {
  const { t } = useTranslation();
  const focus = useViewStore((s) => s.focus);
  const selectedActor = useViewStore((s) => (s.selection?.kind === 'actor' ? s.selection.id : null));
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const focusedName = useAtlasStore((s) => (focus ? pickText(s.atlas?.actors.find((a) => a.id === focus.actorId)?.name, [uiLanguage]) : ''));

  return (
    <>
      {focus && (
        <nav className="map__breadcrumb" aria-label={t('map.focus.breadcrumb')}>
          <button type="button" className="link-button" onClick={exitFocus}>
            {t('map.focus.wholeMap')}
          </button>
          <span aria-hidden="true">›</span>
          <span className="map__breadcrumb-current" aria-current="location">
            {t('map.focus.current', { name: focusedName })}
          </span>
          <span className="segmented segmented--small" role="radiogroup" aria-label={t('map.focus.depth')}>
            {([1, 2] as const).map((depth) => (
              <button key={depth} type="button" role="radio" aria-checked={focus.depth === depth} onClick={() => focusOn(controller, focus.actorId, depth)}>
                {t('map.focus.steps', { count: depth })}
              </button>
            ))}
          </span>
          <button type="button" className="small-button" onClick={exitFocus}>
            {t('map.focus.back')}
          </button>
        </nav>
      )}
      <div className="map__controls" role="toolbar" aria-label={t('map.controls')}>
        <button type="button" onClick={() => focusOn(controller)} disabled={!selectedActor || focus?.actorId === selectedActor} title={t('map.focus.hint')}>
          {t('map.focus.button')}
        </button>
        <button type="button" onClick={() => expandAll(controller)} disabled={focus !== null}>
          {t('map.expandAll')}
        </button>
        <button type="button" onClick={() => collapseAll(controller)} disabled={focus !== null}>
          {t('map.collapseAll')}
        </button>
        <button type="button" onClick={() => controller.fit(true)}>
          {t('map.fit')}
        </button>
        <button type="button" onClick={() => void resetLayout(controller)} disabled={focus !== null}>
          {t('actions.resetLayout')}
        </button>
        <span className="map__zoom">
          <button type="button" aria-label={t('map.zoomIn')} onClick={() => controller.zoomBy(1.25)}>
            +
          </button>
          <button type="button" aria-label={t('map.zoomOut')} onClick={() => controller.zoomBy(0.8)}>
            −
          </button>
        </span>
      </div>
    </>
  );
}
