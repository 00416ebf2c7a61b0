import type { Page } from '@playwright/test';
import type { Condition, StepTiming } from './page-hooks';
import { pageMemory, type PageMemory } from './page-memory';

/**
 * One run of the app's steps, each timed inside the page from the user's input to the frame
 * painted after the app has settled: open the map, switch the language EN→JA, step the as-of
 * date a year, choose an organization on the whole map (then close its details), press Enter on
 * a search, click a node zoomed in to, open the timeline. Between steps the benchmark may take
 * snapshots for the bare page (`onState`), untimed.
 */

export interface AppRun {
  readonly navigation: StepTiming;
  /** From navigation start to the moment Cytoscape created its canvases. */
  readonly beforeCytoscape: number;
  readonly memory: PageMemory;
  readonly language: StepTiming;
  readonly asOf: StepTiming;
  /**
   * A first click on the whole map, nothing chosen yet: → the organization marked with its
   * details shown (the panel opens and the rest of the map dims), and → the map at rest again.
   */
  readonly firstSelectHighlighted: StepTiming;
  readonly firstSelect: StepTiming;
  /** Search Enter → the organization highlighted and its details shown. */
  readonly searchHighlighted: StepTiming;
  /** Search Enter → the camera has brought it into view (a 420 ms glide on small maps) and the map is at rest. */
  readonly search: StepTiming;
  readonly select: StepTiming;
  readonly timeline: StepTiming;
  /** The node clicked in the selection step (the bare page selects the same one). */
  readonly clickedId: string;
}

export type AppState = 'loaded' | 'japanese' | 'dateBefore' | 'dateAfter';

export interface AppRunOptions {
  readonly url: string;
  readonly searchQuery: string;
  readonly timeoutMs: number;
  readonly onState?: (state: AppState) => Promise<void>;
}

const DATE_BEFORE = '2015-01-01';
/** BENCH_DEBUG=1 prints when each phase of a run ends, to see where a slow run spends its time. */
const DEBUG = process.env['BENCH_DEBUG'] === '1';
let phaseStart = Date.now();
function phase(name: string): void {
  if (DEBUG) console.error(`    ${name}: ${Date.now() - phaseStart} ms`);
  phaseStart = Date.now();
}
const DATE_AFTER = '2016-01-01';

/** Times one input to each of its milestones in turn. */
async function timedMilestones(page: Page, conditions: readonly Condition[], act: () => Promise<void>, timeoutMs: number): Promise<StepTiming[]> {
  await page.evaluate((c) => window.__bench?.arm(c), conditions);
  await act();
  return page.evaluate((ms) => window.__bench!.result(ms), timeoutMs);
}

async function timed(page: Page, condition: Condition, act: () => Promise<void>, timeoutMs: number): Promise<StepTiming> {
  const [timing] = await timedMilestones(page, [condition], act, timeoutMs);
  if (!timing) throw new Error(`no timing for ${condition.kind}`);
  return timing;
}

/** An organization drawn on screen: the visible one nearest the map's centre, other than `except`. */
function nodeNearCentre(page: Page, except: string | null): Promise<string> {
  return page.evaluate((skip) => {
    const cy = window.__atlasMap;
    if (!cy) throw new Error('no map');
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const candidates = cy.nodes('[kind = "actor"]').filter((node) => node.visible() && node.id() !== skip);
    let best: string | null = null;
    let bestDistance = Infinity;
    candidates.forEach((node) => {
      const p = node.renderedPosition();
      const distance = Math.hypot(p.x - centre.x, p.y - centre.y);
      if (distance < bestDistance) [best, bestDistance] = [node.id(), distance];
    });
    if (best === null) throw new Error('no organization is drawn');
    return best;
  }, except);
}

/** Where a node is drawn, in page coordinates (for a mouse click). */
async function onScreen(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => window.__atlasMap?.getElementById(id).renderedPosition(), nodeId);
  const box = await page.getByTestId('map').boundingBox();
  if (!point || !box) throw new Error(`cannot find node ${nodeId} on screen`);
  return { x: box.x + point.x, y: box.y + point.y };
}

function mapAtRest(page: Page, timeoutMs: number): Promise<unknown> {
  return page.waitForFunction(() => window.__atlasMapController !== undefined && !window.__atlasMapController.settling, undefined, { timeout: timeoutMs });
}

export async function runApp(page: Page, { url, searchQuery, timeoutMs, onState }: AppRunOptions): Promise<AppRun> {
  phase('before the page');
  await page.goto(url, { waitUntil: 'commit' });
  const navigation = await page.evaluate((ms) => window.__bench!.loaded({ kind: 'appReady' }, ms), timeoutMs);
  const beforeCytoscape = await page.evaluate(() => window.__bench?.cytoscapeStartedAt ?? NaN);
  // The timeline is built after the first map is at rest; the next steps start once it is there.
  await page.waitForFunction(() => window.__atlasTimeline !== undefined || document.querySelector('.time-panel--closed') !== null, undefined, { timeout: timeoutMs });
  const memory = await pageMemory(page);
  await onState?.('loaded');
  phase('loaded');

  // The switch is done when a label has changed: watch the longest visible one (a full English
  // name, which has a Japanese counterpart, rather than an acronym both languages share).
  const labelled = await page.evaluate(() => {
    const shown = (window.__atlasMap?.nodes('[kind = "actor"]').filter((n) => n.visible() && String(n.data('label') ?? '') !== '') ?? []).map((n) => ({
      id: n.id(),
      label: String(n.data('label')),
    }));
    return shown.sort((a, b) => b.label.length - a.label.length)[0] ?? null;
  });
  const language = await timed(
    page,
    { kind: 'language', lang: 'ja', nodeId: labelled?.id ?? null, oldLabel: labelled?.label ?? null },
    () => page.getByRole('radio', { name: '日本語', exact: true }).click(),
    timeoutMs,
  );
  await onState?.('japanese');
  phase('language');

  const dateField = page.getByRole('textbox', { name: /Type a date|日付を入力/ });
  await dateField.fill(DATE_BEFORE);
  await timed(page, { kind: 'asOf', year: DATE_BEFORE.slice(0, 4) }, () => dateField.press('Enter'), timeoutMs);
  await onState?.('dateBefore');
  await dateField.fill(DATE_AFTER);
  const asOf = await timed(page, { kind: 'asOf', year: DATE_AFTER.slice(0, 4) }, () => dateField.press('Enter'), timeoutMs);
  await onState?.('dateAfter');
  phase('as-of');

  // The first selection, on the map as it opened: unlike the click below, it opens the details
  // panel (the map narrows and frames itself again) and dims everything it does not light up.
  const firstId = await nodeNearCentre(page, null);
  const firstPoint = await onScreen(page, firstId);
  const [firstSelectHighlighted, firstSelect] = await timedMilestones(
    page,
    [
      { kind: 'highlighted', actorId: firstId },
      { kind: 'details', actorId: firstId },
    ],
    () => page.mouse.click(firstPoint.x, firstPoint.y),
    timeoutMs,
  );
  if (!firstSelectHighlighted || !firstSelect) throw new Error('the first selection gave no timings');
  await page.locator('.details__close').click();
  await page.locator('aside.details').waitFor({ state: 'detached', timeout: timeoutMs });
  await mapAtRest(page, timeoutMs);
  phase('first selection');

  const searchBox = page.getByRole('combobox', { name: /Search organizations|組織・出来事・出典を検索/ });
  await searchBox.fill(searchQuery);
  const results = page.getByRole('listbox');
  await results.and(page.locator(`[data-query="${searchQuery}"]`)).waitFor({ timeout: timeoutMs });
  const first = results.getByRole('option').first();
  await first.waitFor({ timeout: timeoutMs });
  const found = await first.getAttribute('data-actor-id');
  if (!found) throw new Error(`the first result for "${searchQuery}" is not an organization`);
  const [searchHighlighted, search] = await timedMilestones(
    page,
    [
      { kind: 'highlighted', actorId: found },
      { kind: 'details', actorId: found },
    ],
    () => searchBox.press('Enter'),
    timeoutMs,
  );
  if (!searchHighlighted || !search) throw new Error('the search step gave no timings');
  phase('search');

  // As a user would: bring a node into view at a readable zoom (untimed), then click it.
  const clickedId = await nodeNearCentre(page, found);
  await page.evaluate((id) => {
    const cy = window.__atlasMap;
    if (!cy) return;
    cy.zoom(1.2);
    cy.center(cy.getElementById(id));
  }, clickedId);
  await mapAtRest(page, timeoutMs);
  const point = await onScreen(page, clickedId);
  const select = await timed(page, { kind: 'details', actorId: clickedId }, () => page.mouse.click(point.x, point.y), timeoutMs);
  phase('select');

  const toggle = page.locator('.time-toolbar__options > button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) === 'true') {
    await toggle.click();
    await page.locator('.time-panel .timeline').waitFor({ state: 'detached', timeout: timeoutMs });
  }
  const timeline = await timed(page, { kind: 'timeline' }, () => toggle.click(), timeoutMs);
  phase('timeline');

  return { navigation, beforeCytoscape, memory, language, asOf, firstSelectHighlighted, firstSelect, searchHighlighted, search, select, timeline, clickedId };
}
