import type { AtlasData, Briefing } from '../../../api/types';
import { pickText, type LabelLanguage } from '../../../domain/languages';
import { sceneVisible } from '../map/scene-visibility';
import { mapLinks } from '../../../domain/map-links';
import { api } from '../../api/atlas-api';
import { sceneCsv } from './csv';
import { downloadBlob } from './download';
import { fileSlug } from './file-names';
import { mapPng, mapSvg } from './map-image';
import { renderScene } from './scene-renderer';

/** A 16:9 frame: scenes are composed for projectors. */
const FRAME = { width: 1600, height: 900 } as const;

export type SceneExportFormat = 'png' | 'svg' | 'csv';

function sceneFileName(briefing: Briefing, index: number, language: LabelLanguage, extension: string): string {
  const scene = briefing.scenes[index];
  const title = pickText(scene?.title, [language === 'both' ? 'en' : language]);
  return `${fileSlug(pickText(briefing.title, [language === 'both' ? 'en' : language]))}-${String(index + 1).padStart(2, '0')}-${fileSlug(title)}.${extension}`;
}

/** Saves one scene as a PNG of the given width, an SVG with its fonts, or the CSV of its data. */
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
  const host = document.createElement('div');
  host.className = 'offscreen-render';
  document.body.append(host);
  const rendered = renderScene(host, atlas, briefing.scenes, index, { language: options.language, theme: format === 'svg' ? 'vector' : 'standard', ...FRAME });
  try {
    const blob =
      format === 'png'
        ? await mapPng(rendered.cy, options.pngWidth)
        : new Blob([await mapSvg(rendered.cy, { embedFonts: true })], { type: 'image/svg+xml;charset=utf-8' });
    downloadBlob(blob, sceneFileName(briefing, index, options.language, format));
  } finally {
    rendered.dispose();
    host.remove();
  }
}
