import type { ArrowShape, LinkStyle, NodeShape } from '../map/visual-encoding';

/** Small SVG pictures of the map's encodings, for the legend. */

function regularPolygon(sides: number, rotation = -Math.PI / 2, radius = 8.5): string {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return `${(10 + radius * Math.cos(angle)).toFixed(2)},${(10 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

function star(): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 9 : 4;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(10 + radius * Math.cos(angle)).toFixed(2)},${(10 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

const POLYGONS: Partial<Record<NodeShape, string>> = {
  triangle: '10,2 18.5,17 1.5,17',
  diamond: '10,1 19,10 10,19 1,10',
  'round-diamond': '10,2 18,10 10,18 2,10',
  pentagon: regularPolygon(5),
  hexagon: regularPolygon(6, 0),
  octagon: regularPolygon(8, Math.PI / 8),
  'round-octagon': regularPolygon(8, Math.PI / 8, 8),
  'concave-hexagon': '1,3 19,3 15.5,10 19,17 1,17 4.5,10',
  'round-tag': '1.5,4 13,4 18.5,10 13,16 1.5,16',
  rhomboid: '5,4 19,4 15,16 1,16',
  'cut-rectangle': '5,3 15,3 19,7 19,13 15,17 5,17 1,13 1,7',
  star: star(),
};

const ROUNDED: ReadonlySet<NodeShape> = new Set(['round-diamond', 'round-octagon', 'round-tag']);

export function ShapeSwatch({ shape, color = '#59606b' }: { readonly shape: NodeShape; readonly color?: string }) {
  const common = { fill: color, stroke: color, strokeWidth: ROUNDED.has(shape) ? 2.5 : 0, strokeLinejoin: 'round' as const };
  let figure;
  if (shape === 'ellipse') figure = <circle cx="10" cy="10" r="8.5" {...common} />;
  else if (shape === 'rectangle') figure = <rect x="2" y="4" width="16" height="12" {...common} />;
  else if (shape === 'round-rectangle') figure = <rect x="2" y="4" width="16" height="12" rx="4" {...common} />;
  else if (shape === 'barrel') figure = <path d="M3 3 Q0 10 3 17 L17 17 Q20 10 17 3 Z" {...common} />;
  else figure = <polygon points={POLYGONS[shape] ?? regularPolygon(6)} {...common} />;
  return (
    <svg className="swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      {figure}
    </svg>
  );
}

function arrowHead(arrow: ArrowShape, color: string) {
  switch (arrow) {
    case 'triangle':
      return <polygon points="30,2 38,7 30,12" fill={color} />;
    case 'vee':
      return <polygon points="30,2 38,7 30,12 32.5,7" fill={color} />;
    case 'chevron':
      return <polyline points="31,2 37,7 31,12" fill="none" stroke={color} strokeWidth="2" />;
    case 'diamond':
      return <polygon points="30,7 34,3 38,7 34,11" fill={color} />;
    case 'tee':
      return <rect x="34" y="1.5" width="2.5" height="11" fill={color} />;
    case 'circle':
      return <circle cx="34" cy="7" r="3.5" fill={color} />;
    case 'none':
      return null;
  }
}

const DASHES: Record<LinkStyle['line'], string | undefined> = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' };

export function LineSwatch({ link }: { readonly link: LinkStyle }) {
  return (
    <svg className="swatch swatch--line" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
      <line x1="2" y1="7" x2={link.arrow === 'none' ? 38 : 31} y2="7" stroke={link.color} strokeWidth={link.width} strokeDasharray={DASHES[link.line]} />
      {arrowHead(link.arrow, link.color)}
    </svg>
  );
}

export function ColorSwatch({ color }: { readonly color: string }) {
  return (
    <svg className="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <circle cx="7" cy="7" r="6" fill={color} />
    </svg>
  );
}
