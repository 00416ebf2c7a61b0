import type { ActorType, LinkType } from '../../../domain/vocabulary';

/**
 * How the map encodes the data: colour = country, shape = actor type, line = link type.
 * The map's stylesheet and the legend both read these tables, so they cannot disagree.
 */

/** Colour of bilateral and multilateral frameworks, which belong to no country. */
export const FRAMEWORK_COLOR = '#6b4fa0';

export type NodeShape =
  | 'round-octagon'
  | 'octagon'
  | 'round-rectangle'
  | 'ellipse'
  | 'diamond'
  | 'triangle'
  | 'pentagon'
  | 'hexagon'
  | 'concave-hexagon'
  | 'rectangle'
  | 'barrel'
  | 'round-tag'
  | 'rhomboid'
  | 'star'
  | 'round-diamond'
  | 'cut-rectangle';

export const ACTOR_TYPE_SHAPES: Record<ActorType, NodeShape> = {
  government: 'round-octagon',
  executive: 'octagon',
  ministry: 'round-rectangle',
  agency: 'ellipse',
  regulator: 'diamond',
  military: 'triangle',
  law_enforcement: 'pentagon',
  cert: 'hexagon',
  isac: 'concave-hexagon',
  company: 'rectangle',
  association: 'barrel',
  think_tank: 'round-tag',
  program: 'rhomboid',
  framework: 'star',
  dialogue: 'round-diamond',
  sector: 'cut-rectangle',
};

export type ArrowShape = 'triangle' | 'vee' | 'tee' | 'diamond' | 'chevron' | 'circle' | 'none';

export interface LinkStyle {
  readonly color: string;
  readonly line: 'solid' | 'dashed' | 'dotted';
  readonly width: number;
  readonly arrow: ArrowShape;
}

export const LINK_STYLES: Record<LinkType, LinkStyle> = {
  oversees: { color: '#3f4756', line: 'solid', width: 2, arrow: 'triangle' },
  leads: { color: '#b45309', line: 'solid', width: 2.5, arrow: 'triangle' },
  coordinates: { color: '#0f766e', line: 'dashed', width: 2, arrow: 'triangle' },
  secretariat_of: { color: '#7c3aed', line: 'dashed', width: 2, arrow: 'vee' },
  participates_in: { color: '#2563eb', line: 'solid', width: 1.5, arrow: 'vee' },
  member_of: { color: '#1e40af', line: 'dotted', width: 2, arrow: 'vee' },
  signatory_to: { color: '#9333ea', line: 'solid', width: 2, arrow: 'diamond' },
  shares_information_with: { color: '#059669', line: 'dashed', width: 2.5, arrow: 'none' },
  cooperates_with: { color: '#4d7c0f', line: 'solid', width: 2, arrow: 'none' },
  supports: { color: '#a16207', line: 'dotted', width: 2, arrow: 'triangle' },
  delegates_to: { color: '#be185d', line: 'dashed', width: 2, arrow: 'tee' },
  counterpart_of: { color: '#dc2626', line: 'dashed', width: 3, arrow: 'circle' },
  part_of: { color: '#a3a8b3', line: 'solid', width: 1.5, arrow: 'none' },
  succeeded_by: { color: '#111827', line: 'dashed', width: 2.5, arrow: 'chevron' },
};
