import type { Page } from '@playwright/test';
import type { SingularElementArgument } from 'cytoscape';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../support/bundles';
import { expect, test } from './fixtures';

const shipped = readRawBundle(SHIPPED_BUNDLE_PATH);
const fifthDialogue = shipped.events.find((e) => e['id'] === 'e_2017_07_20_cyber_dialogue_5');
const eventsOf = (actorId: string) =>
  shipped.events
    .filter((e) => (e['actors'] as string[]).includes(actorId))
    .map((e) => e['id'] as string)
    .sort();

/** Lines drawn on the map, and those of them with an end that is not drawn (a line to nowhere). */
function drawnLines(page: Page): Promise<{ count: number; dangling: string[] }> {
  return page.evaluate(() => {
    const cy = window.__atlasMap;
    if (!cy) throw new Error('no map');
    const lines = cy.edges(':visible');
    const dangling = lines.filter((line) => !line.source().visible() || !line.target().visible()).map((line) => line.id());
    return { count: lines.length, dangling };
  });
}

test('the map shows NISC in 2016 and the National Cybersecurity Office after July 2025', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.expandAll();
  const allDates = await drawnLines(page);
  // A date step takes out of the map only the organizations it hides, with their lines; every
  // other line stays as it was (issue 14: removing and adding lines made Cytoscape recompute their
  // neighbours' curves, most of a step at 1,000 organizations).
  await page.evaluate(() => {
    const log: { id: string; ends: string[] }[] = [];
    (window as unknown as { __removed: typeof log }).__removed = log;
    window.__atlasMap?.on('remove', (event) => {
      const element = event.target as SingularElementArgument;
      log.push({ id: element.id(), ends: element.isEdge() ? [element.source().id(), element.target().id()] : [] });
    });
  });
  await atlas.showMapAsOf('2016-01-01');
  await expect(page.locator('.as-of__label')).toHaveText('Map as of January 1, 2016');
  // NISC shows at every date until 2025: wait for what the step changes, a frame after the label.
  await expect.poll(async () => (await atlas.node('nco')).visible).toBe(false);
  expect((await atlas.node('nisc')).visible).toBe(true);
  expect((await atlas.node('cisa')).visible).toBe(false);
  const in2016 = await drawnLines(page);
  expect(in2016.dangling).toEqual([]);
  expect(in2016.count).toBeLessThan(allDates.count);
  const before = await atlas.nodes();

  await atlas.showMapAsOf('2025-08-01');
  await expect.poll(async () => (await atlas.node('nco')).visible).toBe(true);
  expect((await atlas.node('nisc')).visible).toBe(false);
  expect((await atlas.node('jsdf_cyber_defense_command')).visible).toBe(true);
  expect((await atlas.node('jsdf_cyber_defense_group')).visible).toBe(false);
  // Nodes that stay, stay where they were.
  const after = await atlas.nodes();
  expect(after.map(({ id, x, y }) => ({ id, x, y }))).toEqual(before.map(({ id, x, y }) => ({ id, x, y })));

  await page.getByRole('button', { name: 'Show all dates' }).click();
  await expect(page.locator('.as-of__label')).toHaveText('All dates');
  await expect.poll(async () => (await atlas.nodes()).every((n) => n.visible)).toBe(true);
  expect(await drawnLines(page)).toEqual(allDates);
  const removed = await page.evaluate(() => (window as unknown as { __removed: { id: string; ends: string[] }[] }).__removed);
  const removedNodes = new Set(removed.filter((element) => element.ends.length === 0).map((element) => element.id));
  expect(removedNodes.has('nco') && removedNodes.has('nisc')).toBe(true);
  expect(removed.filter((element) => element.ends.length > 0 && !element.ends.some((end) => removedNodes.has(end)))).toEqual([]);
});

test('a typed date that does not exist is refused with a message and changes nothing', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.expandAll();
  await atlas.showMapAsOf('2017-02-30');
  await expect(page.getByRole('alert')).toHaveText('“2017-02-30” is not a date. Write 2017, 2017-05 or 2017-07-20.');
  await expect(page.locator('.as-of__label')).toHaveText('All dates');
  expect((await atlas.nodes()).every((n) => n.visible)).toBe(true);
});

test('playing steps through the years at the chosen speed and pauses on any step', async ({ atlas, page }) => {
  await atlas.open();
  await page.clock.install();
  // Time moves only when the test moves it; otherwise a real-time tick can slip in before "Pause".
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await atlas.showMapAsOf('2010-06-01');
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('fast');
  await page.getByRole('button', { name: '▶ Play' }).click();
  await page.clock.runFor(400 * 3);
  await expect(page.locator('.as-of__label')).toHaveText('Map as of June 1, 2013');
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  await page.clock.runFor(400 * 5);
  await expect(page.locator('.as-of__label')).toHaveText('Map as of June 1, 2013');
  expect((await atlas.node('nco')).visible).toBe(false);
});

test('choosing the fifth Cyber Dialogue on the timeline lights up the actors who took part', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.expandAll();
  await atlas.showTimelineBetween('2017-01-01', '2018-06-01');
  await atlas.timelineItem('e_2017_07_20_cyber_dialogue_5').click();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', 'e_2017_07_20_cyber_dialogue_5');
  const participants = new Set(fifthDialogue?.['actors'] as string[]);
  await expect.poll(async () => (await atlas.nodes()).filter((n) => n.highlighted).map((n) => n.id).sort()).toEqual([...participants].sort());
  const dimmed = await page.evaluate(() => window.__atlasMap?.nodes('.faded').map((n) => n.id()) ?? []);
  expect(dimmed).toContain('ntt');
  expect(dimmed.some((id) => participants.has(id))).toBe(false);
});

test('choosing CISA on the map lights up only its events on the timeline, and can filter to them', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.clickNode('cisa');
  // The years of most CISA events; the timeline draws those its panel has room for.
  await atlas.showTimelineBetween('2015-01-01', '2027-01-01');
  await expect.poll(async () => (await atlas.timelineMarks()).ringed.length).toBeGreaterThan(0);
  const marks = await atlas.timelineMarks();
  const drawn = [...marks.ringed, ...marks.greyed, ...marks.unmarked].sort();
  expect(marks.ringed).toEqual(drawn.filter((id) => eventsOf('cisa').includes(id)));
  expect(marks.greyed).toEqual(drawn.filter((id) => !eventsOf('cisa').includes(id)));
  expect(marks.greyed.length).toBeGreaterThan(5);

  await atlas.openTimelineOptions();
  await page.getByRole('checkbox', { name: "Only the selected organization's events" }).check();
  await expect.poll(() => atlas.timelineEventIds()).toEqual(eventsOf('cisa'));
});

test('every event of the dataset is on the timeline, in lanes by category or by country', async ({ atlas, page }) => {
  await atlas.open();
  await expect(atlas.timelineItem('e_2017_07_20_cyber_dialogue_5')).toBeVisible({ timeout: 3_000 });
  expect(await atlas.timelineEventIds()).toEqual(shipped.events.map((e) => e['id'] as string).sort());
  await expect(page.locator('.vis-label').filter({ hasText: 'Dialogue' })).toBeVisible();
  await atlas.openTimelineOptions();
  await page.getByRole('radio', { name: 'By country' }).click();
  await expect(page.locator('.vis-label').filter({ hasText: 'Bilateral / multilateral' })).toBeVisible();
  await expect(page.locator('.vis-label').filter({ hasText: 'Japan' })).toBeVisible();
  expect(await atlas.timelineEventIds()).toHaveLength(shipped.events.length);
});

test('the timeline shows its events the moment it holds them, at start and when opened again', async ({ atlas, page }) => {
  // vis-timeline keeps itself visibility: hidden until it is fully drawn; the strip must never sit there blank.
  const visibilityOnceFilled = () =>
    page.waitForFunction(() => {
      const root = document.querySelector('.time-panel .vis-timeline');
      return window.__atlasTimeline !== undefined && root !== null ? getComputedStyle(root).visibility : false;
    }).then((handle) => handle.jsonValue());
  await atlas.open();
  expect(await visibilityOnceFilled()).toBe('visible');
  await page.getByRole('button', { name: 'Hide timeline' }).click();
  await expect(page.locator('.time-panel .vis-timeline')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show timeline' }).click();
  expect(await visibilityOnceFilled()).toBe('visible');
  await expect(atlas.timelineItem('e_2017_07_20_cyber_dialogue_5')).toBeVisible();
});

test('the axis keeps a row for the year above the months only while it shows months: at a scale of years the events move up', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await atlas.open();
  const axis = () =>
    page.evaluate(() => {
      const foreground = document.querySelector('.timeline .vis-time-axis.vis-foreground');
      const texts = (kind: string) => [...(foreground?.querySelectorAll(`.vis-text.vis-${kind}:not(.vis-measure)`) ?? [])].map((text) => text.textContent ?? '');
      return { height: foreground?.getBoundingClientRect().height ?? 0, minor: texts('minor'), major: texts('major').filter((text) => text !== '') };
    });
  const years = await axis();
  expect(years.minor).toContain('2020');
  expect(years.major).toEqual([]);
  expect(years.height).toBeLessThan(30);

  await page.evaluate(() => window.__atlasTimeline?.setWindow(new Date(2020, 0, 1), new Date(2020, 5, 1), { animation: false }));
  await expect.poll(async () => (await axis()).major).toContain('2020');
  const months = await axis();
  expect(months.height).toBeGreaterThan(years.height + 10);
  expect(months.minor).toContain('Mar');

  await page.evaluate(() => window.__atlasTimeline?.setWindow(new Date(2004, 0, 1), new Date(2028, 0, 1), { animation: false }));
  await expect.poll(async () => (await axis()).height).toBe(years.height);
});

test('on a machine slow to draw, the timeline opens on its own window, every event in its own place', async ({ atlas, page }) => {
  // Each animation frame held back 100 ms: the events arrive before vis-timeline's first draw,
  // whose one-time fit to every event once replaced the window and left events drawn over others.
  await page.addInitScript(() => {
    const nextFrame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => nextFrame((time) => void setTimeout(() => callback(time), 100));
  });
  await atlas.open();
  const shownFrom = () => page.evaluate(() => window.__atlasTimeline?.getWindow().start.toDateString());
  expect(await shownFrom()).toBe(new Date(2004, 0, 1).toDateString());
  await expect.poll(() => atlas.timelineDrawingFaults()).toEqual([]);
  expect(await shownFrom()).toBe(new Date(2004, 0, 1).toDateString());
});

test('titles that widen when their Japanese font files arrive late are stacked again, so none overlaps', async ({ atlas, page, context }) => {
  // Each title also holds its Japanese text, laid out unseen; its font files come in only after
  // the timeline is drawn. Here they are held back until the timeline is drawn and framed.
  const held: (() => void)[] = [];
  let holding = true;
  await context.route(/noto-sans-jp-\d+-\d+-normal-[\w-]+\.woff2$/, async (route) => {
    if (holding) await new Promise<void>((resume) => held.push(resume));
    await route.continue();
  });
  await atlas.open();
  await atlas.showTimelineBetween('2016-01-01', '2019-01-01');
  await atlas.timelineItem('e_2017_07_20_cyber_dialogue_5').click();
  await expect(page.getByTestId('event-details')).toBeVisible();
  expect(await atlas.timelineDrawingFaults()).toEqual([]);
  const widthsBefore = await atlas.timelineBoxes();
  expect(held.length).toBeGreaterThan(0);

  holding = false;
  held.forEach((resume) => resume());
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => atlas.timelineDrawingFaults()).toEqual([]);
  const width = (box: string | undefined) => Number(box?.split(' ')[2]);
  const widthsAfter = await atlas.timelineBoxes();
  const widened = Object.keys(widthsAfter).filter((id) => width(widthsAfter[id]) > width(widthsBefore[id]));
  expect(widened.length, 'titles widened by the late font files').toBeGreaterThan(0);
});

test('the timeline’s period can filter an organization’s events in the details panel', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.showTimelineBetween('2013-01-01', '2016-12-31');
  await atlas.openTimelineOptions();
  await page.getByRole('button', { name: 'Filter events to this period' }).click();
  await atlas.clickNode('nisc');
  const details = page.getByTestId('actor-details');
  await expect(details.locator('.range-chip')).toContainText('January 1, 2013 – December 31, 2016');
  const years = await details.locator('.event-list time').allTextContents();
  expect(years.length).toBeGreaterThan(0);
  expect(years.every((text) => /201[3-6]/.test(text))).toBe(true);
});

test('switching language keeps the timeline window, the as-of date and the selection', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.expandAll();
  await atlas.showMapAsOf('2017-07-21');
  await atlas.showTimelineBetween('2016-01-01', '2019-01-01');
  await atlas.timelineItem('e_2017_07_20_cyber_dialogue_5').click();
  await expect(page.getByTestId('event-details')).toBeVisible();
  const timelineWindow = await atlas.timelineWindow();
  // A font file that lands now changes some titles' widths for a frame, until they are stacked again.
  await expect.poll(() => atlas.timelineDrawingFaults()).toEqual([]);
  const eventBoxes = await atlas.timelineBoxes();

  await atlas.chooseLanguage('日本語');
  await expect(page.getByTestId('event-details').getByRole('heading', { level: 2 })).toHaveText('第5回日米サイバー対話（東京）');
  await expect(page.locator('.as-of__label')).toHaveText('2017年7月21日時点のマップ');
  await expect(page.getByRole('textbox', { name: /日付を入力/ })).toHaveValue('2017-07-21');
  expect(await atlas.timelineWindow()).toEqual(timelineWindow);
  expect(await page.evaluate(() => window.__atlasTimeline?.getSelection())).toEqual(['e_2017_07_20_cyber_dialogue_5']);
  // What is read on screen (inner text leaves out what is hidden) is Japanese, and only Japanese.
  const title = atlas.timelineItem('e_2017_07_20_cyber_dialogue_5');
  await expect(title).toContainText('第5回日米サイバー対話', { useInnerText: true });
  await expect(title).not.toContainText('Cyber Dialogue', { useInnerText: true });
  // Every event is titled in Japanese where it was, in a box that fits its title: nothing moved or restacked.
  expect(await page.locator('.timeline .vis-foreground .vis-item').count()).toBeGreaterThan(10);
  expect(await atlas.timelineBoxes()).toEqual(eventBoxes);
  expect(await atlas.timelineDrawingFaults()).toEqual([]);
  await title.hover();
  const tooltip = page.locator('.timeline .vis-tooltip');
  await expect(tooltip).toHaveText('2017年7月20日～21日 — 第5回日米サイバー対話（東京）', { useInnerText: true });
  await expect(page.locator('.vis-time-axis .vis-text').filter({ hasText: '2017年' }).first()).toBeVisible();
  await atlas.atRest();
  // Labels that fit at a readable size are drawn, now in Japanese; the country regions are titled in Japanese.
  expect((await atlas.nodes()).map((node) => node.label)).toContain('外務省');
  expect(await page.evaluate(() => window.__atlasMap?.nodes('[kind = "region"]').map((region) => String(region.data('label'))))).toEqual(
    expect.arrayContaining(['日本', '米国']),
  );
  expect((await atlas.node('nco')).visible).toBe(false);
});
