import type { ActorType, LinkType } from '../../../domain/vocabulary';
import { MIXED_GREY, OKABE_ITO, STRUCTURE_GREY } from './palette';

/**
 * How the map encodes the data: colour = country, shape = actor type, line = link type.
 * The map's stylesheet and the legend both read these tables, so they cannot disagree.
 */

/**
 * Colour of bilateral and multilateral frameworks, which belong to no country. The shipped
 * dataset gives Japan vermilion and the United States blue; with this reddish purple the three
 * stay apart under every colour-vision deficiency (the old purple turned into the US blue).
 */
export const FRAMEWORK_COLOR = OKABE_ITO.reddishPurple;

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

/**
 * Link types share the seven line-friendly Okabe–Ito colours by family (hierarchy black,
 * leadership vermilion, cooperation green, membership blue, treaties purple, support orange,
 * information sky blue); two types of one colour differ in line style (solid, dashed, dotted)
 * and arrowhead, and types of different colours stay apart under every colour-vision
 * deficiency (both checked in tests/unit/renderer/palette.test.ts).
 */
export const LINK_STYLES: Record<LinkType, LinkStyle> = {
  oversees: { color: OKABE_ITO.black, line: 'solid', width: 2, arrow: 'triangle' },
  leads: { color: OKABE_ITO.vermilion, line: 'solid', width: 2.5, arrow: 'chevron' },
  coordinates: { color: OKABE_ITO.bluishGreen, line: 'dashed', width: 2, arrow: 'triangle' },
  secretariat_of: { color: OKABE_ITO.reddishPurple, line: 'dashed', width: 2, arrow: 'vee' },
  participates_in: { color: OKABE_ITO.blue, line: 'solid', width: 1.5, arrow: 'vee' },
  member_of: { color: OKABE_ITO.blue, line: 'dotted', width: 2, arrow: 'diamond' },
  signatory_to: { color: OKABE_ITO.reddishPurple, line: 'solid', width: 2, arrow: 'diamond' },
  shares_information_with: { color: OKABE_ITO.skyBlue, line: 'dashed', width: 2.5, arrow: 'none' },
  cooperates_with: { color: OKABE_ITO.bluishGreen, line: 'solid', width: 2, arrow: 'none' },
  supports: { color: OKABE_ITO.orange, line: 'dotted', width: 2, arrow: 'triangle' },
  delegates_to: { color: OKABE_ITO.orange, line: 'dashed', width: 2, arrow: 'tee' },
  counterpart_of: { color: OKABE_ITO.vermilion, line: 'dashed', width: 3, arrow: 'circle' },
  part_of: { color: STRUCTURE_GREY, line: 'dotted', width: 1.5, arrow: 'none' },
  succeeded_by: { color: OKABE_ITO.black, line: 'dashed', width: 2.5, arrow: 'chevron' },
};

/**
 * A merged line holding links of several types (model/drawn-graph.ts): solid dark grey, unlike
 * the light dotted grey of "part of", with no arrowhead since its links may run either way.
 */
export const MIXED_LINK_STYLE: LinkStyle = { color: MIXED_GREY, line: 'solid', width: 3, arrow: 'none' };

/** The `linkType` a merged line of several types carries on the map. */
export const MIXED_LINK_TYPE = 'mixed';
