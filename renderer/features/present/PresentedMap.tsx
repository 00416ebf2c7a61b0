import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasData, Scene } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { projectorSizes } from '../map/map-style';
import { sceneMapState, showScene } from '../map/scene-map';
import { useMap } from '../map/use-map';

/**
 * The presentation's map: the scene in the projector theme, locked against the presenter's
 * hand. Between scenes nodes glide to their new places and the camera follows; a language
 * switch only relabels.
 */
export function PresentedMap(props: { readonly atlas: AtlasData; readonly scenes: readonly Scene[]; readonly index: number; readonly language: LabelLanguage }) {
  const { atlas, scenes, index, language } = props;
  const { t } = useTranslation();
  const { ref, controller } = useMap(atlas, {
    theme: 'projector',
    sizes: projectorSizes(window.innerWidth, window.innerHeight),
    interactive: false,
    initial: () => sceneMapState(atlas, scenes, index, language),
  });
  const shown = useRef<{ index: number; scenes: readonly Scene[] } | null>(null);

  useEffect(() => {
    if (!controller) return;
    const onResize = () => controller.setScreenSizes(projectorSizes(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [controller]);

  useEffect(() => {
    if (!controller) return;
    const first = shown.current === null;
    if (first || shown.current?.index !== index || shown.current.scenes !== scenes) showScene(controller, scenes, index, language, !first);
    else controller.update({ labelLanguage: language }, { animate: false });
    shown.current = { index, scenes };
  }, [controller, scenes, index, language]);

  return (
    <div className="map">
      <div ref={ref} className="map__canvas" data-testid="map" role="img" aria-label={t('map.label')} />
    </div>
  );
}
