import cytoscape from 'cytoscape';
import { useCallback, useState } from 'react';
import type { AtlasData } from '../../../api/types';
import { labelTextsFor } from './label-texts';
import { MapController, type MapViewState } from './map-controller';
import { patchCytoscape } from './cytoscape-patches';
import { mapStylesheet, type MapTheme, type ScreenSizes } from './map-style';

export interface MapSetup {
  readonly theme: MapTheme;
  readonly sizes: ScreenSizes;
  /** False while presenting: nothing the presenter's hand does can disturb the scene. */
  readonly interactive: boolean;
  /** The state the map opens in, read once when it is created. */
  readonly initial: () => MapViewState;
}

/**
 * The map (Cytoscape and its controller), created in the element the returned ref is given,
 * once per dataset and mode, and removed with it.
 */
export function useMap(atlas: AtlasData | null, setup: MapSetup): { readonly ref: (element: HTMLDivElement | null) => (() => void) | undefined; readonly controller: MapController | null } {
  const [controller, setController] = useState<MapController | null>(null);
  const { theme, interactive } = setup;
  const { initial, sizes } = setup;
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      if (!atlas || !element) return undefined;
      const cy = cytoscape({
        container: element,
        style: mapStylesheet(theme),
        layout: { name: 'preset' },
        minZoom: 0.05,
        maxZoom: 4,
        boxSelectionEnabled: false,
        selectionType: 'single',
        autoungrabify: !interactive,
        autounselectify: !interactive,
        userPanningEnabled: interactive,
        userZoomingEnabled: interactive,
      });
      const created = new MapController(cy, atlas, { sizes, texts: labelTextsFor(atlas), userPositions: atlas.positions, initial: initial(), badges: interactive });
      patchCytoscape(cy, { interactive });
      // The map's box changes when panels open or the window resizes: the map follows in the same frame.
      const resizeObserver = new ResizeObserver(() => cy.resize());
      resizeObserver.observe(element);
      setController(created);
      return () => {
        resizeObserver.disconnect();
        setController(null);
        created.destroy();
        cy.destroy();
      };
    },
    // The map is rebuilt only for another dataset or mode; later changes go through the controller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [atlas, theme, interactive],
  );
  return { ref, controller };
}
