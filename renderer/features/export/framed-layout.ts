import type { LegendEntry, SceneContext } from './scene-context';
import type { PackText } from './pack-text';
import { textWidth } from './text-width';

/**
 * Where the parts of an exported image go: a header with the title and the as-of date, the map
 * cropped to what it shows, a legend of what is shown and a source line. One layout, painted
 * twice: as SVG markup and on a canvas for PNG, so both formats carry the same context.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PlacedText {
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly color: string;
  readonly text: string;
}

export interface PlacedSwatch {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly entry: LegendEntry;
}

export interface FramedLayout {
  readonly width: number;
  readonly height: number;
  /** The part of the rendered map that is shown… */
  readonly crop: Box;
  /** …and where it goes. */
  readonly map: Box;
  readonly texts: readonly PlacedText[];
  readonly swatches: readonly PlacedSwatch[];
}

const MARGIN = 24;
const MIN_WIDTH = 960;
const SOURCE_LINES = 3;

/** Lines of at most `width`, broken at spaces (or anywhere in Japanese, which has none). */
export function wrapLines(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(/(?<=[ 、。，；;])/)) {
    if (line && textWidth(line + piece, size) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    let rest = piece;
    while (textWidth(rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line += rest;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function framedLayout(context: SceneContext, text: PackText, crop: Box): FramedLayout {
  const width = Math.max(MIN_WIDTH, Math.round(crop.w) + 2 * MARGIN);
  const inner = width - 2 * MARGIN;
  const texts: PlacedText[] = [];
  const swatches: PlacedSwatch[] = [];
  let y = MARGIN;
  for (const line of wrapLines(context.title, 28, inner)) {
    y += 32;
    texts.push({ x: MARGIN, y, size: 28, bold: true, color: '#111827', text: line });
  }
  y += 24;
  texts.push({ x: MARGIN, y, size: 16, bold: false, color: '#374151', text: `${context.asOf} · ${context.briefingTitle}` });
  y += 14;
  const map = { x: Math.round((width - crop.w) / 2), y, w: crop.w, h: crop.h };
  y += crop.h + 16;

  // The legend flows in rows: a swatch, its label, then the next entry.
  const legendTitle = text.t('handout.legend');
  texts.push({ x: MARGIN, y: y + 14, size: 14, bold: true, color: '#111827', text: legendTitle });
  let x = MARGIN + textWidth(legendTitle, 14) + 16;
  for (const entry of context.legend) {
    const entryWidth = 18 + 6 + textWidth(entry.label, 14) + 18;
    if (x + entryWidth > width - MARGIN && x > MARGIN + 40) {
      x = MARGIN;
      y += 22;
    }
    swatches.push({ x, y: y + 2, size: 16, entry });
    texts.push({ x: x + 24, y: y + 14, size: 14, bold: false, color: '#1f2937', text: entry.label });
    x += entryWidth;
  }
  y += 22;

  if (context.sourceLine) {
    let lines = wrapLines(context.sourceLine, 12, inner);
    if (lines.length > SOURCE_LINES) {
      const more = text.t('handout.moreSources', { count: context.sources.length });
      lines = lines.slice(0, SOURCE_LINES);
      const last = lines[SOURCE_LINES - 1] ?? '';
      let cut = last.length;
      while (cut > 0 && textWidth(`${last.slice(0, cut)}… ${more}`, 12) > inner) cut--;
      lines[SOURCE_LINES - 1] = `${last.slice(0, cut)}… ${more}`;
    }
    y += 6;
    for (const line of lines) {
      y += 16;
      texts.push({ x: MARGIN, y, size: 12, bold: false, color: '#4b5563', text: line });
    }
  }
  return { width, height: Math.ceil(y + MARGIN), crop, map, texts, swatches };
}
