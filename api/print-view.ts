import type { LabelLanguage } from '../domain/languages';

/** The print view's address inside the app: the desktop shell loads it to print PDFs. */
export function printViewHash(briefingId: number, sceneId: number | null, language: LabelLanguage): string {
  const query = new URLSearchParams({ briefing: String(briefingId), lang: language, ...(sceneId ? { scene: String(sceneId) } : {}) });
  return `#print?${query.toString()}`;
}
