import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Reading exported handouts the way their readers' tools do: poppler for PDFs. */

export const hasPoppler = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo'].every((tool) => existsSync(tool));

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
}

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  /** Height of the word's box in points. */
  readonly height: number;
}

/** Every word of a PDF with the height of its box (`pdftotext -bbox`). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const match of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[0] === '<page ') {
      page += 1;
      continue;
    }
    words.push({ page, text: decodeEntities(match[5] ?? ''), height: Number(match[4]) - Number(match[2]) });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Opens the print view the PDF button opened and waits until every map is drawn. */
export async function printReady(printView: Page): Promise<void> {
  await printView.waitForFunction(() => document.documentElement.dataset['printReady'] === 'true');
  await expect(printView.locator('.print-page__map svg').first()).toBeVisible();
}
