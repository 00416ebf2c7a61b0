import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, LINK_TYPES } from '../../../domain/vocabulary';
import { ACTOR_TYPE_SHAPES, LINK_STYLES, type NodeShape } from './visual-encoding';

export const MAP_FONT_FAMILY = '"Noto Sans JP", sans-serif';

export type MapTheme = 'standard' | 'projector' | 'vector';

/**
 * For SVG and PDF, drawn through canvas2svg: Cytoscape draws its rounded polygons without
 * starting a new path (harmless on a canvas, but canvas2svg then draws the shape onto the
 * previous label), so vector output uses the square-cornered shape of the same kind.
 */
function vectorOverrides(): StylesheetJson {
  return ACTOR_TYPES.filter((type) => ACTOR_TYPE_SHAPES[type].startsWith('round-') && ACTOR_TYPE_SHAPES[type] !== 'round-rectangle').map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: ACTOR_TYPE_SHAPES[type].replace('round-', '') as NodeShape },
  }));
}

/**
 * The projector theme is read from the back of a meeting room: larger labels on opaque
 * backgrounds, thicker edges and outlines, full opacity. `scale` enlarges labels and lines
 * (in map units) when a scene is zoomed out, so they keep a legible size on the screen.
 */
function projectorOverrides(scale: number): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 44,
        height: 44,
        'font-size': 20 * scale,
        'font-weight': 700,
        color: '#000000',
        'text-max-width': `${190 * scale}px`,
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'border-width': 3 * scale,
        'border-color': '#000000',
      },
    },
    { selector: 'node[type = "government"]', style: { width: 58, height: 58, 'font-size': 24 * scale } },
    { selector: 'edge', style: { opacity: 1 } },
    ...LINK_TYPES.map((type) => ({ selector: `edge[linkType = "${type}"]`, style: { width: LINK_STYLES[type].width * 2.2 * scale, 'arrow-scale': 1.6 } })),
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.highlighted', style: { 'underlay-opacity': 0.8, 'underlay-padding': 14 } },
  ];
}

/** How much the projector theme enlarges labels and lines at a zoom level: never less than designed, at most 1.6×. */
export function projectorScale(zoom: number): number {
  return Math.min(1.6, Math.max(1, 0.8 / zoom));
}

/** The Cytoscape stylesheet, generated from the visual encoding tables. */
export function mapStylesheet(theme: MapTheme = 'standard', projectorZoom = 1): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        'border-color': '#ffffff',
        'border-width': 2,
        width: 34,
        height: 34,
        label: 'data(label)',
        'font-family': MAP_FONT_FAMILY,
        'font-size': 12,
        'font-weight': 400,
        color: '#1f2329',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '128px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'underlay-padding': 10,
        'underlay-opacity': 0,
        'underlay-color': '#facc15',
        'underlay-shape': 'ellipse',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    // Japanese has no spaces to wrap at; English must not be broken mid-word.
    { selector: 'node.cjk', style: { 'text-overflow-wrap': 'anywhere' } },
    ...ACTOR_TYPES.map((type) => ({ selector: `node[type = "${type}"]`, style: { shape: ACTOR_TYPE_SHAPES[type] } })),
    { selector: 'node[type = "government"]', style: { width: 46, height: 46, 'font-weight': 700, 'font-size': 14 } },
    { selector: 'node[type = "framework"], node[type = "dialogue"]', style: { width: 40, height: 40 } },
    { selector: 'node[type = "sector"]', style: { width: 28, height: 22 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'arrow-scale': 1,
        opacity: 0.85,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...LINK_TYPES.map((type) => {
      const link = LINK_STYLES[type];
      return {
        selector: `edge[linkType = "${type}"]`,
        style: {
          'line-color': link.color,
          'line-style': link.line,
          width: link.width,
          'target-arrow-shape': link.arrow,
          'target-arrow-color': link.color,
          'source-arrow-shape': type === 'counterpart_of' ? 'circle' : 'none',
          'source-arrow-color': link.color,
        },
      };
    }),
    { selector: '.filtered-out', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    // Tapping selects in Cytoscape; what the app shows as chosen is the `chosen` class.
    { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
    { selector: 'node.chosen', style: { 'border-color': '#111827', 'border-width': 4 } },
    { selector: 'edge.chosen', style: { width: 5, opacity: 1 } },
    { selector: 'node.highlighted', style: { 'underlay-opacity': 0.55 } },
    ...(theme === 'projector' ? projectorOverrides(projectorScale(projectorZoom)) : []),
    ...(theme === 'vector' ? vectorOverrides() : []),
  ];
}
