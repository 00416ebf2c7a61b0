import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { MapKeyboard } from './MapKeyboard';
import { DOUBLE_CLICK_MS, pressedAt, type MapController } from './map-controller';
import { registerMap } from './map-instance';
import { STANDARD_SIZES } from './map-style';
import { MapToolbar } from './MapToolbar';
import { toggleExpanded } from './map-commands';
import { fetchActorDetailsAhead } from '../../state/details-ahead';
import { useMap } from './use-map';
import { visibleFromStore, workingViewState } from './map-view-state';

/**
 * The working map. Cytoscape and its controller are created once per dataset; every later
 * change of the view store reaches the controller directly (not through React renders), which
 * applies it as a delta: a language switch only relabels, a date step only shows and hides.
 */
export function MapView({ onCameraMoved, onFirstRest }: { readonly onCameraMoved?: () => void; readonly onFirstRest?: () => void }) {
  const { t } = useTranslation();
  const atlas = useAtlasStore((s) => s.atlas);
  const [announcement, setAnnouncement] = useState('');
  const hasSelection = useViewStore((s) => s.selection !== null);
  const { ref, controller } = useMap(atlas, { theme: 'standard', sizes: STANDARD_SIZES, interactive: true, initial: () => workingViewState(atlas) });

  // Before the first paint: framed after it, Cytoscape drew the whole map twice, once at the wrong zoom.
  useLayoutEffect(() => {
    if (!controller) return;
    registerMap(controller);
    const view = useViewStore.getState();
    if (view.expanded === null) view.setExpanded(controller.view.expanded);
    if (view.restoredViewport) controller.frame(view.restoredViewport, false);
    else controller.fit(false);
    useViewStore.setState({ restoredViewport: null });
    const unsubscribe = subscribeToViewStore(controller);
    wireCanvasEvents(controller);
    if (onCameraMoved) controller.cy.on('viewport', onCameraMoved);
    return () => {
      unsubscribe();
      if (onCameraMoved) controller.cy.off('viewport', onCameraMoved);
      registerMap(null);
    };
  }, [controller, onCameraMoved]);

  useEffect(() => {
    if (!controller || !onFirstRest) return;
    let frame = requestAnimationFrame(function check() {
      if (controller.settling) frame = requestAnimationFrame(check);
      else onFirstRest();
    });
    return () => cancelAnimationFrame(frame);
  }, [controller, onFirstRest]);

  return (
    <div className="map">
      <div
        ref={ref}
        className="map__canvas"
        data-testid="map"
        role="application"
        aria-roledescription={t('map.roleDescription')}
        aria-label={t('map.label')}
        aria-describedby="map-keys-hint"
        tabIndex={0}
      />
      {controller && <MapKeyboard controller={controller} onAnnounce={setAnnouncement} />}
      <p id="map-keys-hint" className="visually-hidden">
        {t('map.keysHint')}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="map-announcement">
        {announcement}
      </p>
      {controller && <MapToolbar controller={controller} />}
      {!hasSelection && <p className="map__hint">{t('details.empty')}</p>}
    </div>
  );
}

/** Pushes every change of the view store to the map, as the smallest update that covers it. */
function subscribeToViewStore(controller: MapController): () => void {
  let visible = controller.view.visible;
  return useViewStore.subscribe((state, previous) => {
    const atlas = useAtlasStore.getState().atlas;
    if (!atlas) return;
    const filtersChanged =
      state.hiddenGroups !== previous.hiddenGroups ||
      state.hiddenActorTypes !== previous.hiddenActorTypes ||
      state.hiddenLinkTypes !== previous.hiddenLinkTypes ||
      state.asOfDate !== previous.asOfDate;
    if (filtersChanged) visible = visibleFromStore(controller.links, atlas, state);
    controller.update(
      {
        visible,
        expanded: state.expanded ?? controller.view.expanded,
        labelLanguage: state.labelLanguage,
        selection: state.selection,
        focus: state.focus,
      },
      { animate: true, anchor: state.focus ? null : (anchorOfToggle(previous.expanded, state.expanded) ?? null) },
    );
  });
}

/** The node whose expansion changed (the one the user toggled), so it stays put on screen. */
function anchorOfToggle(before: ReadonlySet<string> | null, after: ReadonlySet<string> | null): string | null {
  if (!before || !after || before === after) return null;
  const changed = [...after].filter((id) => !before.has(id)).concat([...before].filter((id) => !after.has(id)));
  return changed.length === 1 ? (changed[0] ?? null) : null;
}

function wireCanvasEvents(controller: MapController): void {
  const { cy } = controller;
  const { select, setExpanded } = useViewStore.getState();
  cy.on('tap', 'node[kind = "actor"]', (event) => select({ kind: 'actor', id: (event.target as NodeSingular).id() }));
  cy.on('tap', 'node[kind = "group"]', (event) => toggleExpanded(controller, (event.target as NodeSingular).id()));
  cy.on('tap', 'node[kind = "badge"]', (event) => toggleExpanded(controller, String((event.target as NodeSingular).data('of'))));
  // A double-click on an organization folds or unfolds it. Cytoscape's own (dbltap) counts any two
  // clicks within 250 ms wherever they land: a badge and then an organization folded that
  // organization, and the double-click the user then made went unnoticed. Here it is two
  // clicks on the same organization within the system's usual interval.
  let lastTap: { readonly id: string | null; readonly at: number } = { id: null, at: Number.NEGATIVE_INFINITY };
  cy.on('tap', (event) => {
    const id = event.target === cy ? null : (event.target as NodeSingular).id();
    const now = pressedAt(event);
    const double = id !== null && id === lastTap.id && now - lastTap.at <= DOUBLE_CLICK_MS;
    lastTap = double ? { id: null, at: Number.NEGATIVE_INFINITY } : { id, at: now };
    if (double && (event.target as NodeSingular).data('kind') === 'actor') toggleExpanded(controller, id);
  });
  cy.on('tap', 'edge', (event) => {
    const edge = event.target as EdgeSingular;
    const relationId = edge.data('relationId') as string | null;
    if (relationId) {
      select({ kind: 'relation', id: relationId });
      return;
    }
    // A merged line: open the folded nodes at its ends so its links show one by one.
    const folded = [edge.source().id(), edge.target().id()].filter((id) => (controller.drawnGraph.folded.get(id) ?? 0) > 0);
    const expanded = useViewStore.getState().expanded ?? controller.view.expanded;
    if (folded.length > 0) setExpanded(new Set([...expanded, ...folded]));
    else select({ kind: 'actor', id: edge.source().id() });
  });
  cy.on('tap', (event) => {
    if (event.target === cy) select(null);
  });
  cy.on('dragfree', 'node[kind = "actor"]', (event) => {
    const position = controller.rememberDrag(event.target as NodeSingular);
    void api.savePositions({ positions: [{ actorId: (event.target as NodeSingular).id(), ...position }] });
  });
  cy.on('mouseover', 'node[kind = "actor"], node[kind = "group"]', (event) => controller.setHovered((event.target as NodeSingular).id()));
  // A click on it then shows its details at once (details-ahead.ts).
  cy.on('mouseover', 'node[kind = "actor"]', (event) => fetchActorDetailsAhead((event.target as NodeSingular).id()));
  cy.on('mouseout', 'node[kind = "actor"], node[kind = "group"]', () => controller.setHovered(null));
}
