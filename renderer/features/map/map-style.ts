import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, LINK_TYPES } from '../../../domain/vocabulary';
import { ACTOR_TYPE_SHAPES, LINK_STYLES, MIXED_LINK_STYLE, MIXED_LINK_TYPE, type NodeShape } from './visual-encoding';

export const MAP_FONT_FAMILY = '"Noto Sans JP", sans-serif';

export type MapTheme = 'standard' | 'projector' | 'vector';

/** Node sizes in map units. They never depend on the label language, so a language switch moves nothing. */
export const NODE_SIZE = { standard: 34, government: 46, group: { width: 46, height: 32 } } as const;

/** Between a node and its label, and around a label's text, in map units (see labels/place-labels.ts). */
export const LABEL_GAP = 4;
export const LABEL_PADDING = 2;
/** Between a region's box and its title, in map units. */
export const REGION_TITLE_GAP = 4;

/**
 * On-screen sizes in CSS pixels. Labels keep these sizes whatever the zoom (the map sets each
 * label's font size in map units as size ÷ zoom), which is why a label is either readable or
 * not drawn at all.
 */
export interface ScreenSizes {
  readonly label: number;
  readonly title: number;
  readonly badge: number;
}

export const STANDARD_SIZES: ScreenSizes = { label: 13, title: 16, badge: 12 };

/**
 * The projector theme is read from the back of a room: 24 px text on a 1080p screen, never below
 * 18 px, the counts on lines included.
 */
export function projectorSizes(width: number, height: number): ScreenSizes {
  const scale = Math.min(width / 1920, height / 1080);
  const label = Math.max(18, Math.round(24 * scale));
  return { label, title: Math.max(22, Math.round(32 * scale)), badge: label };
}

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

/** Bold labels on opaque backgrounds, thicker lines and outlines, full opacity. */
function projectorOverrides(): StylesheetJson {
  return [
    { selector: 'node[kind = "actor"], node[kind = "group"]', style: { 'font-weight': 700, color: '#000000', 'text-background-opacity': 1, 'border-width': 3, 'border-color': '#000000' } },
    { selector: 'edge', style: { opacity: 1 } },
    ...LINK_TYPES.map((type) => ({ selector: `edge[linkType = "${type}"]`, style: { width: LINK_STYLES[type].width * 2, 'arrow-scale': 1.4 } })),
    { selector: `edge[linkType = "${MIXED_LINK_TYPE}"]`, style: { width: MIXED_LINK_STYLE.width * 2 } },
    { selector: '.faded', style: { opacity: 0.12 } },
  ];
}

/** The Cytoscape stylesheet, generated from the visual encoding tables. */
export function mapStylesheet(theme: MapTheme = 'standard'): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': MAP_FONT_FAMILY,
        'font-size': 'data(labelSize)',
        'min-zoomed-font-size': 0,
        'text-wrap': 'wrap',
        // Lines are broken by the map itself (renderer/i18n/line-breaks.ts), never by Cytoscape.
        'text-max-width': '100000px',
        // Regions under lines, lines under nodes, badges on top, whatever the order of creation.
        'z-index-compare': 'manual',
        'z-index': 3,
      },
    },
    {
      selector: 'node[kind = "actor"], node[kind = "group"]',
      style: {
        'background-color': 'data(color)',
        'border-color': '#ffffff',
        'border-width': 2,
        width: NODE_SIZE.standard,
        height: NODE_SIZE.standard,
        'font-weight': 400,
        color: '#1f2329',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_GAP,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.88,
        'text-background-padding': `${LABEL_PADDING}px`,
        'text-background-shape': 'roundrectangle',
        'underlay-padding': 10,
        'underlay-opacity': 0,
        'underlay-color': '#facc15',
        'underlay-shape': 'ellipse',
      },
    },
    ...ACTOR_TYPES.map((type) => ({ selector: `node[type = "${type}"]`, style: { shape: ACTOR_TYPE_SHAPES[type] } })),
    { selector: 'node[type = "government"]', style: { width: NODE_SIZE.government, height: NODE_SIZE.government, 'font-weight': 700 } },
    { selector: 'node[type = "framework"], node[type = "dialogue"]', style: { width: 40, height: 40 } },
    { selector: 'node[type = "sector"]', style: { width: 28, height: 22 } },
    {
      selector: 'node[kind = "group"]',
      style: { shape: 'round-rectangle', width: NODE_SIZE.group.width, height: NODE_SIZE.group.height, 'border-style': 'double', 'border-width': 4, 'font-weight': 700 },
    },
    {
      selector: 'node[kind = "region"]',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': 'data(color)',
        'background-opacity': 0.05,
        'border-color': 'data(color)',
        'border-opacity': 0.35,
        'border-width': 1.5,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -REGION_TITLE_GAP,
        'font-weight': 700,
        // Ink rather than the region's colour: light palette colours fall below 3:1 as text.
        color: '#1f2329',
        events: 'no',
        'z-index': 0,
      },
    },
    {
      selector: 'node[kind = "badge"]',
      style: {
        shape: 'round-rectangle',
        width: 'data(badgeWidth)',
        height: 'data(badgeHeight)',
        'background-color': '#1f2329',
        'border-width': 0,
        color: '#ffffff',
        'font-weight': 700,
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index': 4,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'arrow-scale': 1,
        opacity: 0.85,
        'font-family': MAP_FONT_FAMILY,
        'font-size': 'data(labelSize)',
        label: 'data(label)',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'z-index-compare': 'manual',
        'z-index': 1,
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
    // A merged line whose links of one type run both ways between folded nodes.
    ...LINK_TYPES.map((type) => ({ selector: `edge[linkType = "${type}"][?bothWays]`, style: { 'source-arrow-shape': LINK_STYLES[type].arrow } })),
    {
      selector: `edge[linkType = "${MIXED_LINK_TYPE}"]`,
      style: {
        'line-color': MIXED_LINK_STYLE.color,
        'line-style': MIXED_LINK_STYLE.line,
        width: MIXED_LINK_STYLE.width,
      },
    },
    // Several links merged into one line because their ends are folded away: a little heavier.
    { selector: 'edge[count > 1]', style: { width: 3 } },
    { selector: '.filtered-out, .folded', style: { display: 'none' } },
    // Dimming is immediate, without a transition: fading every line on each selection restyled
    // thousands of lines per frame at 1,000 organizations and kept the map from rest for 150 ms.
    { selector: '.faded', style: { opacity: 0.15 } },
    // Dimmed nodes and badges lie under the lit ones, whose labels may cover them (map-labels.ts),
    // and still above the lines, so that a click on a dimmed node chooses it.
    { selector: 'node.faded', style: { 'z-index': 2 } },
    // Tapping selects in Cytoscape; what the app shows as chosen is the `chosen` class.
    { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
    { selector: 'node.chosen', style: { 'border-color': '#111827', 'border-width': 4 } },
    { selector: 'edge.chosen', style: { width: 5, opacity: 1 } },
    { selector: 'node.highlighted', style: { 'underlay-opacity': 0.55 } },
    // A path or counterpart pair lit up from the comparison view.
    { selector: 'edge.highlighted', style: { width: 5, opacity: 1, 'z-index': 4 } },
    { selector: 'node.keyboard-focus', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25, 'overlay-padding': 8, 'overlay-shape': 'round-rectangle' } },
    // A label shown only because of the hover sits above everything, on an opaque background.
    { selector: 'node.hover-label', style: { 'text-background-opacity': 1, 'z-index': 5 } },
    // What changed since a briefing (MapController.showChanges): new ones ringed, changed ones
    // dashed, removed ones drawn as grey ghosts where they were.
    { selector: 'node.change-added', style: { 'underlay-color': '#16a34a', 'underlay-opacity': 0.6, 'underlay-padding': 12 } },
    { selector: 'node.change-changed', style: { 'underlay-color': '#d97706', 'underlay-opacity': 0.5, 'underlay-padding': 10 } },
    { selector: 'edge.change-added', style: { 'underlay-color': '#16a34a', 'underlay-opacity': 0.5, 'underlay-padding': 4 } },
    { selector: 'edge.change-changed', style: { 'underlay-color': '#d97706', 'underlay-opacity': 0.45, 'underlay-padding': 4 } },
    {
      selector: 'node.change-ghost',
      style: {
        shape: 'round-rectangle',
        width: 34,
        height: 34,
        'background-color': '#9ca3af',
        'background-opacity': 0.25,
        'border-color': '#6b7280',
        'border-style': 'dashed',
        'border-width': 2,
        label: 'data(label)',
        'font-size': 12,
        color: '#6b7280',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        opacity: 0.7,
        events: 'no',
      },
    },
    ...(theme === 'projector' ? projectorOverrides() : []),
    ...(theme === 'vector' ? vectorOverrides() : []),
  ];
}
