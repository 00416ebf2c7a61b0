import type { LabelLanguage } from '../../../domain/languages';
import type { TFunction } from 'i18next';
import { printViewHash } from '../../../api/print-view';
import { api, isDesktop } from '../../api/atlas-api';

/**
 * The desktop app prints the print view to a PDF file (Chromium embeds the fonts, so Japanese
 * stays text); the browser preview opens the same view for the browser's own Save as PDF.
 * Returns the message to show.
 */
export async function exportBriefingPdf(briefingId: number, sceneId: number | null, language: LabelLanguage, t: TFunction): Promise<string> {
  if (!isDesktop) {
    window.open(`${window.location.pathname}${printViewHash(briefingId, sceneId, language)}`, '_blank', 'noopener');
    return t('briefing.printViewOpened');
  }
  const result = await api.exportPdf({ briefingId, sceneId, language });
  if (!result.ok) return result.error.message;
  return result.value.file ? t('briefing.pdfSaved', { file: result.value.file }) : t('briefing.pdfCancelled');
}
