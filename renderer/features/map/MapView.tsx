import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { initialPositions } from './initial-positions';
import { containsCjk, mapLabel } from './labels';
import { mapElements, mapLinks } from './map-elements';
import { mapStylesheet } from './map-style';
import { visibleElements } from './visibility';

declare global {
  interface Window {
    /** The Cytoscape instance, for end-to-end tests: canvas content is invisible to DOM locators. */
    __atlasMap?: Core;
  }
}

const FIT_PADDING = 48;
const APPEAR_MS = 450;

/**
 * The network map. Cytoscape is created once per dataset; language, filters and selection
 * are applied to the existing instance, so nothing moves and the camera stays put.
 */
export function MapView() {
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
  const selection = useAtlasStore((s) => s.selection);
  const focusRequest = useAtlasStore((s) => s.focusRequest);
  const select = useAtlasStore((s) => s.select);
  const fitRequest = useAtlasStore((s) => s.fitRequest);
  const requestFit = useAtlasStore((s) => s.requestFit);
  const links = useMemo(() => (atlas ? mapLinks(atlas) : []), [atlas]);

  useEffect(() => {
    if (!atlas || !container.current) return;
    const { positions, unsaved } = initialPositions(atlas);
    const { uiLanguage: language, labelMode: mode } = useAtlasStore.getState();
    const actors = new Map(atlas.actors.map((a) => [a.id, a]));
    const instance = cytoscape({
      container: container.current,
      elements: mapElements(atlas, positions, (id) => {
        const actor = actors.get(id);
        return actor ? mapLabel(actor, language, mode) : id;
      }),
      style: mapStylesheet(),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    instance.nodes().forEach((node) => {
      node.toggleClass('cjk', containsCjk(String(node.data('label'))));
    });
    instance.fit(undefined, FIT_PADDING);
    if (unsaved.length > 0) void api.savePositions({ positions: [...unsaved] });

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
    // The map's box changes when the details panel opens or the window resizes; Cytoscape
    // only notices window resizes by itself.
    const resizeObserver = new ResizeObserver(() => instance.resize());
    resizeObserver.observe(container.current);
    window.__atlasMap = instance;
    setCy(instance);
    return () => {
      resizeObserver.disconnect();
      setCy(null);
      delete window.__atlasMap;
      instance.destroy();
    };
  }, [atlas, select]);

  useEffect(() => {
    if (!cy || !atlas) return;
    cy.batch(() => {
      for (const actor of atlas.actors) {
        const label = mapLabel(actor, uiLanguage, labelMode);
        cy.getElementById(actor.id).data('label', label).toggleClass('cjk', containsCjk(label));
      }
    });
  }, [cy, atlas, uiLanguage, labelMode]);

  useEffect(() => {
    if (!cy || !atlas) return;
    const visible = visibleElements(atlas.actors, links, { hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate });
    const appearing = cy.collection();
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const shown = visible.actors.has(node.id());
        if (shown && node.hasClass('filtered-out')) appearing.merge(node);
        node.toggleClass('filtered-out', !shown);
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass('filtered-out', !visible.links.has(edge.id()));
      });
    });
    // Nodes that come into existence fade in where they will stay, so the audience sees the
    // structure grow; nothing else moves.
    appearing.forEach((node) => {
      node.style('opacity', 0).animate({ style: { opacity: 1 } }, { duration: APPEAR_MS, complete: () => void node.removeStyle('opacity') });
    });
  }, [cy, atlas, links, hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      // A search highlight lasts until the selection changes; the focus effect below re-adds it.
      cy.elements().unselect().removeClass('faded highlighted');
      if (!selection) return;
      if (selection.kind === 'event') {
        // An event lights up the actors it involves and dims everything else.
        const involved = new Set(atlas?.events.find((e) => e.id === selection.id)?.actors ?? []);
        const actors = cy.nodes().filter((node) => involved.has(node.id()));
        actors.addClass('highlighted');
        cy.elements().not(actors.union(actors.edgesWith(actors))).addClass('faded');
        return;
      }
      const element = cy.getElementById(selection.kind === 'actor' ? selection.id : `relation:${selection.id}`);
      if (element.empty()) return;
      element.select();
      const kept = selection.kind === 'actor' ? element.closedNeighborhood() : element.union(element.connectedNodes());
      cy.elements().not(kept).addClass('faded');
    });
  }, [cy, atlas, selection]);

  useEffect(() => {
    if (!cy || !focusRequest) return;
    const node = cy.getElementById(focusRequest.actorId);
    if (node.empty()) return;
    cy.nodes().removeClass('highlighted');
    node.addClass('highlighted');
    cy.stop();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
  }, [cy, focusRequest]);

  useEffect(() => {
    if (!cy || fitRequest === 0) return;
    cy.animate({ fit: { eles: cy.elements(':visible'), padding: FIT_PADDING } }, { duration: 300 });
  }, [cy, fitRequest]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    const level = cy.zoom() * factor;
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="map">
      <div ref={container} className="map__canvas" data-testid="map" aria-label={t('map.label')} role="img" />
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
    </div>
  );
}
