import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { embeddedFontFaces } from './embedded-fonts';

cytoscape.use(cytoscapeSvg);

/** Chromium refuses canvases wider or taller than this; larger exports are scaled to fit. */
export const MAX_CANVAS_SIDE = 16_384;
export const PNG_WIDTHS = [1920, 3840, 7680] as const;

/** The map as it is framed now, as a PNG of the given width (kept within the canvas limit). */
export async function mapPng(cy: Core, width: number): Promise<Blob> {
  const scale = Math.min(width, MAX_CANVAS_SIDE) / cy.width();
  return cy.png({ output: 'blob-promise', full: false, scale, bg: '#ffffff', maxWidth: MAX_CANVAS_SIDE, maxHeight: MAX_CANVAS_SIDE });
}

export function visibleLabelText(cy: Core): string {
  return cy
    .nodes(':visible')
    .map((node) => String(node.data('label') ?? ''))
    .join('');
}

/**
 * The map as it is framed now, as SVG: shapes as vectors and labels as real <text>. With
 * `embedFonts` the font files the labels need travel inside the file (for a standalone SVG);
 * without, the page's own @font-face rules serve (for the print view).
 */
export async function mapSvg(cy: Core, options: { readonly embedFonts: boolean }): Promise<string> {
  // Cytoscape wraps Japanese labels by putting zero-width spaces between characters; in SVG
  // text they would split every word for search, copy and PDF text extraction.
  const svg = (cy as Core & { svg(options: { full: boolean; bg: string }): string }).svg({ full: false, bg: '#ffffff' }).replace(/\u200b/g, '');
  if (!options.embedFonts) return svg;
  const fonts = await embeddedFontFaces(visibleLabelText(cy));
  return svg.replace(/<svg([^>]*)>/, (opening) => `${opening}<defs><style>${fonts}</style></defs>`);
}
