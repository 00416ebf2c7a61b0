import type { Page } from '@playwright/test';
import type { StepTiming } from './page-hooks';
import { pageMemory, type PageMemory } from './page-memory';

/** One run of the bare page: load → drawn, the label swap EN→JA, a date step's class toggles, a selection. */

export interface BareRun {
  readonly navigation: StepTiming;
  readonly beforeCytoscape: number;
  readonly memory: PageMemory;
  readonly language: StepTiming;
  readonly asOf: StepTiming;
  readonly select: StepTiming;
}

interface BareApi {
  toJapanese(): Promise<StepTiming>;
  toDateBefore(): void;
  toDateAfter(): Promise<StepTiming>;
  select(id: string): Promise<StepTiming>;
}

declare global {
  interface Window {
    __bare?: BareApi;
  }
}

export async function runBare(page: Page, url: string, selectId: string, timeoutMs: number): Promise<BareRun> {
  await page.goto(url, { waitUntil: 'commit' });
  const navigation = await page.evaluate((ms) => window.__bench!.loaded({ kind: 'bareReady' }, ms), timeoutMs);
  const beforeCytoscape = await page.evaluate(() => window.__bench?.cytoscapeStartedAt ?? NaN);
  const memory = await pageMemory(page);
  const language = await page.evaluate(() => window.__bare!.toJapanese());
  await page.evaluate(() => window.__bare!.toDateBefore());
  const asOf = await page.evaluate(() => window.__bare!.toDateAfter());
  const select = await page.evaluate((id) => window.__bare!.select(id), selectId);
  return { navigation, beforeCytoscape, memory, language, asOf, select };
}
