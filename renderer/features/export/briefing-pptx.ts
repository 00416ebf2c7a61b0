import type { AtlasData, Briefing, SourceWithCitations } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { projectorSizes } from '../map/map-style';
import { downloadBlob } from './download';
import { fileSlug } from './file-names';
import { mapPng } from './map-image';
import { packText } from './pack-text';
import { sceneContext } from './scene-context';
import { withRenderedScene } from './scene-renderer';

/** Wide 16:9 slides (13.33 × 7.5 in); the map takes the area under the title. */
const SLIDE = { width: 13.333, height: 7.5 } as const;
const MAP_AREA = { x: 0.4, y: 1.35, w: 12.53, h: 5.45 } as const;
/** Rendered at 1920 px across the map area, exported at twice that for sharp projection. */
const FRAME = { width: 1920, height: Math.round((1920 * MAP_AREA.h) / MAP_AREA.w) } as const;
const FONT = 'Noto Sans JP';
/** A slide's source line stays within two lines; the rest is counted. */
const SOURCE_CHARS = 300;

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The map image could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A briefing as a PowerPoint deck: one slide per scene with its title and as-of date as real
 * text (Japanese stays text, searchable and editable), the map as a high-resolution image,
 * a source line, and the scene's notes as speaker notes, all in the chosen language.
 */
export async function briefingPptx(atlas: AtlasData, briefing: Briefing, sources: readonly SourceWithCitations[], language: LabelLanguage): Promise<Blob> {
  const text = packText(language);
  const lang = text.primary === 'ja' ? 'ja-JP' : 'en-US';
  // Loaded on the first export: half a megabyte that the app's start should not wait for.
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = text.data(briefing.title);
  pptx.company = 'Alliance Atlas';
  for (let index = 0; index < briefing.scenes.length; index++) {
    const context = sceneContext(atlas, briefing, sources, index, text);
    const image = await withRenderedScene(atlas, briefing.scenes, index, { language, theme: 'projector', ...FRAME, sizes: projectorSizes(1920, 1080), cropToShown: true }, async (cy) =>
      blobToDataUrl(await mapPng(cy, FRAME.width * 2)),
    );
    const slide = pptx.addSlide();
    slide.addText(context.title, { x: 0.4, y: 0.25, w: SLIDE.width - 0.8, h: 0.65, fontSize: 28, bold: true, fontFace: FONT, lang, color: '111827', fit: 'shrink' });
    slide.addText(`${context.asOf} · ${context.briefingTitle}`, { x: 0.4, y: 0.88, w: SLIDE.width - 0.8, h: 0.4, fontSize: 14, fontFace: FONT, lang, color: '374151' });
    slide.addImage({ data: image, ...MAP_AREA });
    if (context.sourceLine) {
      const line =
        context.sourceLine.length > SOURCE_CHARS ? `${context.sourceLine.slice(0, SOURCE_CHARS)}… ${text.t('handout.moreSources', { count: context.sources.length })}` : context.sourceLine;
      slide.addText(line, { x: 0.4, y: 6.88, w: SLIDE.width - 0.8, h: 0.5, fontSize: 8, fontFace: FONT, lang, color: '4b5563', fit: 'shrink', valign: 'top' });
    }
    slide.addText(`${index + 1} / ${briefing.scenes.length}`, { x: SLIDE.width - 1.4, y: 0.25, w: 1, h: 0.3, fontSize: 10, fontFace: FONT, color: '6b7280', align: 'right' });
    if (context.notes) slide.addNotes(context.notes);
  }
  const written = await pptx.write({ outputType: 'blob' });
  return written instanceof Blob ? written : new Blob([written as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

/** Makes the deck and saves it where downloads go (the desktop app asks where). */
export async function exportBriefingPptx(atlas: AtlasData, briefing: Briefing, sources: readonly SourceWithCitations[], language: LabelLanguage): Promise<string> {
  const fileName = `${fileSlug(packText(language).data(briefing.title))}.pptx`;
  downloadBlob(await briefingPptx(atlas, briefing, sources, language), fileName);
  return fileName;
}
