import type { AtlasData, Briefing } from '../../../api/types';
import { pickText, type LabelLanguage } from '../../../domain/languages';
import { sceneVisible } from '../map/scene-visibility';
import { mapLinks } from '../../../domain/map-links';
import { api } from '../../api/atlas-api';
import { sceneCsv } from './csv';
import { downloadBlob } from './download';
import { fileSlug } from './file-names';
import type { Core } from 'cytoscape';
import { MAP_FONT_FAMILY } from '../map/map-style';
import { embeddedFontFaces } from './embedded-fonts';
import { framedLayout, type Box } from './framed-layout';
import { framedPng, framedSvg } from './framed-paint';
import { MAX_CANVAS_SIDE, mapPng, mapSvg, visibleLabelText } from './map-image';
import { packText } from './pack-text';
import { sceneContext } from './scene-context';
import { withRenderedScene } from './scene-renderer';

/** A 16:9 frame: scenes are composed for projectors. */
const FRAME = { width: 1600, height: 900 } as const;

export type SceneExportFormat = 'png' | 'svg' | 'csv';

function sceneFileName(briefing: Briefing, index: number, language: LabelLanguage, extension: string): string {
  const scene = briefing.scenes[index];
  const title = pickText(scene?.title, [language === 'both' ? 'en' : language]);
  return `${fileSlug(pickText(briefing.title, [language === 'both' ? 'en' : language]))}-${String(index + 1).padStart(2, '0')}-${fileSlug(title)}.${extension}`;
}

/**
 * Saves one scene as a PNG of the given width, an SVG with its fonts, or the CSV of its data.
 * The images carry their context (title, as-of date, legend, sources) and show only the part
 * of the scene's area that has something in it.
 */
export async function exportScene(
  atlas: AtlasData,
  briefing: Briefing,
  index: number,
  format: SceneExportFormat,
  options: { readonly language: LabelLanguage; readonly pngWidth: number; readonly includeNotes?: boolean },
): Promise<void> {
  if (format === 'csv') {
    const notes = options.includeNotes ? await api.listNotes({}) : null;
    const csv = sceneCsv(atlas, mapLinks(atlas), sceneVisible(atlas, mapLinks(atlas), briefing.scenes, index), notes?.ok ? notes.value : undefined);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), sceneFileName(briefing, index, options.language, 'csv'));
    return;
  }
  const sources = await api.listSources({});
  if (!sources.ok) throw new Error(sources.error.message);
  const text = packText(options.language);
  const context = sceneContext(atlas, briefing, sources.value, index, text);
  const renderOptions = { language: options.language, theme: format === 'svg' ? 'vector' : 'standard', ...FRAME, cropToShown: true } as const;
  const blob = await withRenderedScene(atlas, briefing.scenes, index, renderOptions, async (cy) => {
    await document.fonts.load(`16px ${MAP_FONT_FAMILY}`, [context.title, context.asOf, context.briefingTitle, context.sourceLine, ...context.legend.map((e) => e.label)].join(''));
    const layout = framedLayout(context, text, shownArea(cy));
    return format === 'png'
      ? framedPng(layout, await createImageBitmap(await mapPng(cy, Math.min((FRAME.width * options.pngWidth) / layout.width, MAX_CANVAS_SIDE))), FRAME.width, options.pngWidth)
      : new Blob([framedSvg(layout, await mapSvg(cy, { embedFonts: false }), await embeddedFontFaces(visibleLabelText(cy) + layout.texts.map((t) => t.text).join('')))], {
          type: 'image/svg+xml;charset=utf-8',
        });
  });
  downloadBlob(blob, sceneFileName(briefing, index, options.language, format));
}

/** The part of the rendered frame that has something drawn in it, with a little room around. */
function shownArea(cy: Core): Box {
  const drawn = cy.elements(':visible').renderedBoundingBox({ includeLabels: true, includeOverlays: false });
  const pad = 12;
  const x1 = Math.max(0, Math.floor(drawn.x1 - pad));
  const y1 = Math.max(0, Math.floor(drawn.y1 - pad));
  const x2 = Math.min(cy.width(), Math.ceil(drawn.x2 + pad));
  const y2 = Math.min(cy.height(), Math.ceil(drawn.y2 + pad));
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, w: x2 - x1, h: y2 - y1 } : { x: 0, y: 0, w: cy.width(), h: cy.height() };
}
