import type { NodeShape } from '../map/visual-encoding';

/**
 * The map's node shapes as SVG path data in a 20 × 20 box, for legends drawn outside React:
 * the composed image exports (SVG markup and canvas Path2D take the same data).
 */

function polygon(points: readonly (readonly [number, number])[]): string {
  return `M${points.map(([x, y]) => `${x.toFixed(2)} ${y.toFixed(2)}`).join(' L')} Z`;
}

function regular(sides: number, rotation: number, radius = 8.5): string {
  return polygon(Array.from({ length: sides }, (_, i) => [10 + radius * Math.cos(rotation + (i * 2 * Math.PI) / sides), 10 + radius * Math.sin(rotation + (i * 2 * Math.PI) / sides)] as const));
}

const STAR = polygon(Array.from({ length: 10 }, (_, i) => [10 + (i % 2 === 0 ? 9 : 4) * Math.cos(-Math.PI / 2 + (i * Math.PI) / 5), 10 + (i % 2 === 0 ? 9 : 4) * Math.sin(-Math.PI / 2 + (i * Math.PI) / 5)] as const));

const PATHS: Record<NodeShape, string> = {
  ellipse: 'M1.5 10 A8.5 8.5 0 1 0 18.5 10 A8.5 8.5 0 1 0 1.5 10 Z',
  rectangle: 'M2 4 H18 V16 H2 Z',
  'round-rectangle': 'M6 4 H14 Q18 4 18 8 V12 Q18 16 14 16 H6 Q2 16 2 12 V8 Q2 4 6 4 Z',
  barrel: 'M3 3 Q0 10 3 17 L17 17 Q20 10 17 3 Z',
  triangle: polygon([[10, 2], [18.5, 17], [1.5, 17]]),
  diamond: polygon([[10, 1], [19, 10], [10, 19], [1, 10]]),
  'round-diamond': polygon([[10, 2], [18, 10], [10, 18], [2, 10]]),
  pentagon: regular(5, -Math.PI / 2),
  hexagon: regular(6, 0),
  octagon: regular(8, Math.PI / 8),
  'round-octagon': regular(8, Math.PI / 8, 8),
  'concave-hexagon': polygon([[1, 3], [19, 3], [15.5, 10], [19, 17], [1, 17], [4.5, 10]]),
  'round-tag': polygon([[1.5, 4], [13, 4], [18.5, 10], [13, 16], [1.5, 16]]),
  rhomboid: polygon([[5, 4], [19, 4], [15, 16], [1, 16]]),
  'cut-rectangle': polygon([[5, 3], [15, 3], [19, 7], [19, 13], [15, 17], [5, 17], [1, 13], [1, 7]]),
  star: STAR,
};

export function shapePath(shape: NodeShape): string {
  return PATHS[shape];
}

/** The dash pattern of a link style, in the units of a 1-wide line. */
export function dashOf(line: 'solid' | 'dashed' | 'dotted'): number[] {
  return line === 'dashed' ? [6, 4] : line === 'dotted' ? [2, 3] : [];
}
