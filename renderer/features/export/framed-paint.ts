import { MAP_FONT_FAMILY } from '../map/map-style';
import type { FramedLayout, PlacedSwatch } from './framed-layout';
import { dashOf, shapePath } from './shape-paths';

/** Paints a framed layout: as SVG markup around the map's own SVG, or on a canvas around its PNG. */

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function swatchSvg({ x, y, size, entry }: PlacedSwatch): string {
  const scale = size / 20;
  const at = `transform="translate(${x} ${y}) scale(${scale})"`;
  if (entry.kind === 'color') return `<circle ${at} cx="10" cy="10" r="8" fill="${entry.color}"/>`;
  if (entry.kind === 'shape') return `<path ${at} d="${shapePath(entry.shape)}" fill="#59606b"/>`;
  const dash = dashOf(entry.line.line).join(' ');
  return `<line ${at} x1="0" x2="20" y1="10" y2="10" stroke="${entry.line.color}" stroke-width="${entry.line.width * 1.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

/** The whole image as SVG: `mapSvg` is the map's SVG document, `fontFaces` the @font-face rules to embed. */
export function framedSvg(layout: FramedLayout, mapSvg: string, fontFaces: string): string {
  const map = new DOMParser().parseFromString(mapSvg, 'image/svg+xml').documentElement;
  const { crop, map: box } = layout;
  for (const [name, value] of Object.entries({ x: box.x, y: box.y, width: box.w, height: box.h, viewBox: `${crop.x} ${crop.y} ${crop.w} ${crop.h}` })) map.setAttribute(name, String(value));
  const texts = layout.texts
    .map((t) => `<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ''} fill="${t.color}">${escapeXml(t.text)}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<defs><style>${fontFaces}\ntext{font-family:${MAP_FONT_FAMILY}}</style></defs>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    new XMLSerializer().serializeToString(map),
    texts,
    layout.swatches.map(swatchSvg).join(''),
    `</svg>`,
  ].join('\n');
}

function paintSwatch(context: CanvasRenderingContext2D, { x, y, size, entry }: PlacedSwatch): void {
  context.save();
  context.translate(x, y);
  context.scale(size / 20, size / 20);
  if (entry.kind === 'color') {
    context.fillStyle = entry.color;
    context.beginPath();
    context.arc(10, 10, 8, 0, 2 * Math.PI);
    context.fill();
  } else if (entry.kind === 'shape') {
    context.fillStyle = '#59606b';
    context.fill(new Path2D(shapePath(entry.shape)));
  } else {
    context.strokeStyle = entry.line.color;
    context.lineWidth = entry.line.width * 1.5;
    context.setLineDash(dashOf(entry.line.line));
    context.beginPath();
    context.moveTo(0, 10);
    context.lineTo(20, 10);
    context.stroke();
  }
  context.restore();
}

/** The whole image as a PNG `width` pixels wide; `map` is the rendered map frame (`frameWidth` layout pixels wide) as an image. */
export async function framedPng(layout: FramedLayout, map: ImageBitmap, frameWidth: number, width: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round((layout.height * width) / layout.width);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw the image on.');
  context.scale(canvas.width / layout.width, canvas.height / layout.height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  const { crop, map: box } = layout;
  const ratio = map.width / frameWidth;
  context.drawImage(map, crop.x * ratio, crop.y * ratio, crop.w * ratio, crop.h * ratio, box.x, box.y, box.w, box.h);
  for (const t of layout.texts) {
    context.font = `${t.bold ? 700 : 400} ${t.size}px ${MAP_FONT_FAMILY}`;
    context.fillStyle = t.color;
    context.fillText(t.text, t.x, t.y);
  }
  for (const swatch of layout.swatches) paintSwatch(context, swatch);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'));
}
