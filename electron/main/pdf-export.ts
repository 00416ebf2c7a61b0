import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { ParsedArgs } from '../../api/contract';
import { printViewHash } from '../../api/print-view';
import { APP_ORIGIN, LOCKED_DOWN_WEB_PREFERENCES } from './security';

const READY_TIMEOUT_MS = 60_000;

async function whenPrintViewReady(window: BrowserWindow): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (await window.webContents.executeJavaScript("document.documentElement.dataset.printReady === 'true'")) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('The print view did not finish drawing the briefing in time.');
}

/**
 * Prints the briefing's print view to PDF with Chromium, which embeds the fonts it uses, so
 * Japanese names stay real, searchable text, and saves it where the user chooses.
 */
export async function exportBriefingPdf(request: ParsedArgs<'exportPdf'>, parent: BrowserWindow | null, preloadPath: string): Promise<{ file: string | null }> {
  const printer = new BrowserWindow({ show: false, width: 1240, height: 900, webPreferences: { ...LOCKED_DOWN_WEB_PREFERENCES, preload: preloadPath } });
  try {
    await printer.loadURL(`${APP_ORIGIN}/index.html${printViewHash(request.briefingId, request.sceneId, request.language)}`);
    await whenPrintViewReady(printer);
    const pdf = await printer.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const choice = parent
      ? await dialog.showSaveDialog(parent, { defaultPath: 'briefing.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] })
      : await dialog.showSaveDialog({ defaultPath: 'briefing.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (choice.canceled || !choice.filePath) return { file: null };
    await writeFile(choice.filePath, pdf);
    return { file: choice.filePath };
  } finally {
    printer.destroy();
  }
}
