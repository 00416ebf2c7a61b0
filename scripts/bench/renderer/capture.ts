import type { Page } from '@playwright/test';

/**
 * Takes from the app's drawn map what the bare page draws: every element with its data,
 * classes and preset position, the stylesheet, the map's box and camera (EN, just opened), and
 * for its later steps the Japanese labels and which elements each as-of date hides.
 */

export interface BareScene {
  width: number;
  height: number;
  zoom: number;
  pan: { x: number; y: number };
  style: unknown[];
  elements: unknown[];
  labelsJa: Record<string, string>;
  hiddenBefore: string[];
  hiddenAfter: string[];
}

export function captureLoaded(page: Page): Promise<Omit<BareScene, 'labelsJa' | 'hiddenBefore' | 'hiddenAfter'>> {
  return page.evaluate(() => {
    const cy = window.__atlasMap;
    if (!cy) throw new Error('no map');
    const elements = cy.elements().map((element) => {
      const classes = [...element.classes(), ...(element.visible() ? [] : ['bench-hidden'])].join(' ');
      return element.isNode()
        ? { group: 'nodes', data: element.data() as unknown, position: { ...element.position() }, classes }
        : { group: 'edges', data: element.data() as unknown, classes };
    });
    return { width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: { ...cy.pan() }, style: (cy.style() as unknown as { json(): unknown[] }).json(), elements };
  });
}

export function captureLabels(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const labels: Record<string, string> = {};
    window.__atlasMap?.nodes().forEach((node) => {
      labels[node.id()] = String(node.data('label') ?? '');
    });
    return labels;
  });
}

export function captureHidden(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__atlasMap?.elements().filter((element) => !element.visible()) ?? []).map((element) => element.id()));
}
