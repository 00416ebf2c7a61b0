import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, LINK_TYPES } from '../../../domain/vocabulary';
import { ACTOR_TYPE_SHAPES, LINK_STYLES } from './visual-encoding';

export const MAP_FONT_FAMILY = '"Noto Sans JP", sans-serif';

/** The Cytoscape stylesheet, generated from the visual encoding tables. */
export function mapStylesheet(): StylesheetJson {
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
    { selector: 'node:selected', style: { 'border-color': '#111827', 'border-width': 4 } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
    { selector: 'node.highlighted', style: { 'underlay-opacity': 0.55 } },
  ];
}
