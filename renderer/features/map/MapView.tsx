import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useBriefingStore } from '../briefing/briefing-store';
import { sceneVisible } from '../briefing/scene-view';
import { initialPositions } from './initial-positions';
import { mapLabel } from './labels';
import { mapElements } from './map-elements';
import { mapLinks } from '../../../domain/map-links';
import { registerMap } from './map-instance';
import { applyLabels, applySelection, applyVisibility, showScene } from './map-state';
import { mapStylesheet } from './map-style';
import { visibleElements } from './visibility';

const FIT_PADDING = 48;
const APPEAR_MS = 450;

/**
 * The network map. Cytoscape is created once per dataset (and per mode); language, filters,
 * date and selection are applied to the existing instance, so nothing moves unless a scene
 * moves it. While presenting it shows the current scene and cannot be dragged or zoomed.
 */
export function MapView({ presenting = false }: { readonly presenting?: boolean }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const atlas = useAtlasStore((s) => s.atlas);
  const uiLanguage = useAtlasStore((s) => s.uiLanguage);
  const labelMode = useAtlasStore((s) => s.labelMode);
  const hiddenGroups = useAtlasStore((s) => s.hiddenGroups);
  const hiddenActorTypes = useAtlasStore((s) => s.hiddenActorTypes);
  const hiddenLinkTypes = useAtlasStore((s) => s.hiddenLinkTypes);
  const asOfDate = useAtlasStore((s) => s.asOfDate);
  const workingSelection = useAtlasStore((s) => s.selection);
  const focusRequest = useAtlasStore((s) => s.focusRequest);
  const sceneRequest = useAtlasStore((s) => s.sceneRequest);
  const fitRequest = useAtlasStore((s) => s.fitRequest);
  const select = useAtlasStore((s) => s.select);
  const requestFit = useAtlasStore((s) => s.requestFit);
  const presentation = useBriefingStore((s) => (presenting ? s.presentation : null));
  const scenes = useBriefingStore((s) => s.briefing?.scenes);
  const links = useMemo(() => (atlas ? mapLinks(atlas) : []), [atlas]);
  const scene = presentation ? scenes?.[presentation.index] : undefined;
  const selection = presenting ? (scene?.view.selection ?? null) : workingSelection;
  const labelLanguage = presentation ? (presentation.language === 'both' ? uiLanguage : presentation.language) : uiLanguage;
  const labels = presentation ? (presentation.language === 'both' ? 'both' : 'ui') : labelMode;

  useEffect(() => {
    if (!atlas || !container.current) return;
    const { positions, unsaved } = initialPositions(atlas);
    const presented = presenting ? useBriefingStore.getState() : null;
    const firstScene = presented?.presentation ? presented.briefing?.scenes[presented.presentation.index] : undefined;
    const actors = new Map(atlas.actors.map((a) => [a.id, a]));
    const { uiLanguage: language, labelMode: mode } = useAtlasStore.getState();
    const instance = cytoscape({
      container: container.current,
      elements: mapElements(atlas, positions, (id) => {
        const actor = actors.get(id);
        return actor ? mapLabel(actor, language, mode) : id;
      }),
      style: mapStylesheet(presenting ? 'projector' : 'standard'),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // While presenting, nothing the presenter's hand does can disturb the scene.
      autoungrabify: presenting,
      autounselectify: presenting,
      userPanningEnabled: !presenting,
      userZoomingEnabled: !presenting,
    });
    if (firstScene) instance.style(mapStylesheet('projector', showScene(instance, firstScene.view, false)));
    else instance.fit(undefined, FIT_PADDING);
    if (unsaved.length > 0 && !presenting) void api.savePositions({ positions: [...unsaved] });

    if (!presenting) {
      instance.on('tap', 'node', (event) => select({ kind: 'actor', id: (event.target as NodeSingular).id() }));
      instance.on('tap', 'edge', (event) => {
        const data = (event.target as cytoscape.EdgeSingular).data() as { relationId: string | null; source: string };
        select(data.relationId ? { kind: 'relation', id: data.relationId } : { kind: 'actor', id: data.source });
      });
      instance.on('tap', (event) => {
        if (event.target === instance) select(null);
      });
      instance.on('dragfree', 'node', (event) => {
        const node = event.target as NodeSingular;
        void api.savePositions({ positions: [{ actorId: node.id(), ...node.position() }] });
      });
    }
    // The map's box changes when panels open or the window resizes; Cytoscape only notices window resizes.
    const resizeObserver = new ResizeObserver(() => instance.resize());
    resizeObserver.observe(container.current);
    registerMap(instance);
    setCy(instance);
    return () => {
      resizeObserver.disconnect();
      setCy(null);
      registerMap(null);
      instance.destroy();
    };
  }, [atlas, select, presenting]);

  useEffect(() => {
    if (!cy || !atlas) return;
    applyLabels(cy, atlas, labelLanguage, labels);
  }, [cy, atlas, labelLanguage, labels]);

  useEffect(() => {
    if (!cy || !atlas) return;
    const visible =
      presenting && presentation && scenes
        ? sceneVisible(atlas, links, scenes, presentation.index)
        : visibleElements(atlas.actors, links, { hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate });
    const appearing = applyVisibility(cy, visible);
    // Nodes that come into existence fade in where they will stay, so the audience sees the
    // structure grow; nothing else moves.
    appearing.forEach((node) => {
      node.style('opacity', 0).animate({ style: { opacity: 1 } }, { duration: APPEAR_MS, complete: () => void node.removeStyle('opacity') });
    });
  }, [cy, atlas, links, hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate, presenting, presentation, scenes]);

  // A search highlight lasts until the selection changes; the focus effect below re-adds it.
  useEffect(() => {
    if (!cy || !atlas) return;
    applySelection(cy, atlas, selection);
  }, [cy, atlas, selection]);

  useEffect(() => {
    if (!cy || presenting || !focusRequest) return;
    const node = cy.getElementById(focusRequest.actorId);
    if (node.empty()) return;
    cy.nodes().removeClass('highlighted');
    node.addClass('highlighted');
    cy.stop();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
  }, [cy, presenting, focusRequest]);

  // A scene opened for editing becomes the working layout, so it is saved like a drag would be.
  useEffect(() => {
    if (!cy || presenting || !sceneRequest) return;
    showScene(cy, sceneRequest.view, true);
    const positions = Object.entries(sceneRequest.view.positions).map(([actorId, point]) => ({ actorId, ...point }));
    if (positions.length > 0) void api.savePositions({ positions });
  }, [cy, presenting, sceneRequest]);

  useEffect(() => {
    if (!cy || !scene) return;
    const zoom = showScene(cy, scene.view, true);
    cy.style(mapStylesheet('projector', zoom));
  }, [cy, scene]);

  useEffect(() => {
    if (!cy || fitRequest === 0) return;
    cy.animate({ fit: { eles: cy.elements(':visible'), padding: FIT_PADDING } }, { duration: 300 });
  }, [cy, fitRequest]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="map">
      <div ref={container} className="map__canvas" data-testid="map" aria-label={t('map.label')} role="img" />
      {!presenting && (
        <div className="map__controls" role="toolbar" aria-label={t('map.controls')}>
          <button type="button" onClick={requestFit}>
            {t('map.fit')}
          </button>
          <button type="button" aria-label={t('map.zoomIn')} onClick={() => zoomBy(1.25)}>
            +
          </button>
          <button type="button" aria-label={t('map.zoomOut')} onClick={() => zoomBy(0.8)}>
            −
          </button>
        </div>
      )}
    </div>
  );
}
