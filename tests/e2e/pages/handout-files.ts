import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

interface DatasetIds {
  readonly sources: readonly { id: string }[];
  readonly actors: readonly { id: string }[];
  readonly relations: readonly { id: string }[];
  readonly events: readonly { id: string }[];
}

/** Record ids that could not be mistaken for words: those with an underscore or a digit. */
function internalIds(): string[] {
  const bundle = JSON.parse(readFileSync(new URL('../../../assets/dataset/alliance-atlas.json', import.meta.url), 'utf8')) as DatasetIds;
  return [...bundle.sources, ...bundle.actors, ...bundle.relations, ...bundle.events].map((record) => record.id).filter((id) => /[_\d]/.test(id));
}

/** What an audience reads carries no file names, no "seed" wording and no record ids. */
export function expectNothingInternal(text: string, what: string): void {
  expect(text.length, `${what} has text`).toBeGreaterThan(100);
  expect(text, `"seed" wording in ${what}`).not.toMatch(/seed/i);
  // A source's web address may end in a file name; that is the citation, not an internal file.
  expect(text.replace(/https?:\/\/\S+/g, ''), `a file name in ${what}`).not.toMatch(/\b[\w-]+\.(txt|json|sqlite|csv|md)\b/);
  const ids = internalIds().filter((id) => new RegExp(`(^|[^\\w])${id}($|[^\\w])`).test(text));
  expect(ids, `record ids in ${what}`).toEqual([]);
}

export function countryColor(code: string): string {
  const bundle = JSON.parse(readFileSync(new URL('../../../assets/dataset/alliance-atlas.json', import.meta.url), 'utf8')) as { countries: { code: string; color: string }[] };
  return bundle.countries.find((country) => country.code === code)?.color ?? '';
}
