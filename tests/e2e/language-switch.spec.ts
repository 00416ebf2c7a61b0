import { expect, test } from './fixtures';

// A language switch must be a delta on the map: labels change, nothing is rebuilt or moved
// (issue 14: rebuilding the element list made a switch proportional to the whole dataset).
// Cytoscape's own events say what happened to the graph, whatever the app's code path.

test('a language switch only relabels the map: no element added or removed, none moved', async ({ atlas, page }) => {
  // The shared 2-core machine is often busy: allow a slow first load (a limit, not a timing).
  test.setTimeout(240_000);
  await atlas.open(120_000);
  await atlas.expandAll();
  await atlas.clickNode('mofa');
  await atlas.atRest();
  const before = await atlas.nodes();
  await page.evaluate(() => {
    const events: string[] = [];
    (window as unknown as { __graphEvents: string[] }).__graphEvents = events;
    window.__atlasMap?.on('add remove position', (event) => {
      events.push(`${event.type} ${event.target.id()}`);
    });
  });

  for (const [choice, lang] of [['日本語', 'ja'], ['EN + 日本語', 'ja'], ['English', 'en']] as const) {
    await atlas.chooseLanguage(choice);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await atlas.atRest();
    if (choice === '日本語') expect((await atlas.node('mofa')).label).toBe('外務省');
    if (choice === 'EN + 日本語') expect((await atlas.node('mofa')).label).toContain('外務省');
  }

  expect(await page.evaluate(() => (window as unknown as { __graphEvents: string[] }).__graphEvents)).toEqual([]);
  const after = await atlas.nodes();
  expect(after.map(({ id, x, y }) => ({ id, x, y }))).toEqual(before.map(({ id, x, y }) => ({ id, x, y })));
  expect((await atlas.node('mofa')).label.replace(/\n/g, ' ')).toBe('Ministry of Foreign Affairs');
});
