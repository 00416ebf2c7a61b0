import { expect, test } from './fixtures';

// A language switch must be a delta on the map: labels change, nothing is rebuilt or moved
// (issue 14: rebuilding the element list made a switch proportional to the whole dataset).
// Cytoscape's own events say what happened to the graph, whatever the app's code path.

interface GraphLog {
  readonly addedOrRemoved: string[];
  /** A resize redraws every element and frames the map again; a switch changes no size. */
  resizes: number;
  /** Elements that fired 'position', with where they were before the switch. */
  readonly positioned: Map<string, { x: number; y: number }>;
}

test('a language switch only relabels the map: no element added or removed, none moved, the map not resized', async ({ atlas, page }) => {
  // The shared 2-core machine is often busy: allow a slow first load (a limit, not a timing).
  test.setTimeout(240_000);
  await atlas.open(120_000);
  await atlas.expandAll();
  await atlas.clickNode('mofa');
  await atlas.atRest();
  const before = await atlas.nodes();
  await page.evaluate(() => {
    const cy = window.__atlasMap;
    if (!cy) throw new Error('no map');
    const log: GraphLog = { addedOrRemoved: [], resizes: 0, positioned: new Map() };
    (window as unknown as { __graphLog: GraphLog }).__graphLog = log;
    const start = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
    cy.on('resize', () => {
      log.resizes += 1;
    });
    cy.on('add remove', (event) => {
      log.addedOrRemoved.push(`${event.type} ${event.target.id()}`);
    });
    // The label pass sets badge positions on every pass; only a different position is a move.
    cy.on('position', (event) => {
      const id = event.target.id();
      const was = start.get(id);
      if (was) log.positioned.set(id, was);
    });
  });

  for (const [choice, lang] of [['日本語', 'ja'], ['EN + 日本語', 'ja'], ['English', 'en']] as const) {
    await atlas.chooseLanguage(choice);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await atlas.atRest();
    if (choice === '日本語') expect((await atlas.node('mofa')).label).toBe('外務省');
    if (choice === 'EN + 日本語') expect((await atlas.node('mofa')).label).toContain('外務省');
  }

  const changes = await page.evaluate(() => {
    const cy = window.__atlasMap;
    const log = (window as unknown as { __graphLog: GraphLog }).__graphLog;
    const moved = [...log.positioned].filter(([id, was]) => {
      const now = cy?.getElementById(id).position();
      return !now || now.x !== was.x || now.y !== was.y;
    });
    return { addedOrRemoved: log.addedOrRemoved, resizes: log.resizes, moved: moved.map(([id]) => id) };
  });
  expect(changes).toEqual({ addedOrRemoved: [], resizes: 0, moved: [] });
  const after = await atlas.nodes();
  expect(after.map(({ id, x, y }) => ({ id, x, y }))).toEqual(before.map(({ id, x, y }) => ({ id, x, y })));
  // Back in English (the label pass may pick the short or the full name).
  expect(['MOFA', 'Ministry of Foreign Affairs']).toContain((await atlas.node('mofa')).label.replace(/\n/g, ' '));
});

test('every map label is measured in the bundled font, in both languages: its box fits its text once every font file is in', async ({ atlas, page }) => {
  // Cytoscape measures a label once and keeps the size for that text: a label measured before
  // its font file was in keeps a fallback font's width, and its box no longer fits its text.
  const labelBoxes = () =>
    page.evaluate(() => {
      const cy = window.__atlasMap;
      if (!cy) throw new Error('no map');
      return cy
        .nodes()
        .filter((node) => ['actor', 'group'].includes(String(node.data('kind'))) && node.visible() && String(node.data('label') ?? '') !== '')
        .map((node) => ({
          label: String(node.data('label')),
          font: `${node.style('font-weight')} ${node.style('font-size')} ${node.style('font-family')}`,
          boxWidth: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }).w,
        }));
    });
  /** How much wider each box is than its text measured now, every font file loaded: the same for every label. */
  const misfits = (boxes: Awaited<ReturnType<typeof labelBoxes>>) =>
    page.evaluate(async (labels) => {
      await Promise.all([...document.fonts].map((face) => face.load()));
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      const margins = labels.map(({ label, font, boxWidth }) => {
        context.font = font;
        return { label, margin: boxWidth - Math.max(...label.split('\n').map((line) => context.measureText(line).width)) };
      });
      const typical = margins.map((m) => m.margin).sort((a, b) => a - b)[Math.floor(margins.length / 2)] ?? 0;
      return margins.filter(({ margin }) => Math.abs(margin - typical) > 1).map(({ label }) => label);
    }, boxes);

  await atlas.open();
  const english = await labelBoxes();
  await atlas.chooseLanguage('日本語');
  await atlas.atRest();
  const japanese = await labelBoxes();
  expect(japanese.some(({ label }) => label.includes('外務省'))).toBe(true);
  expect(await misfits([...english, ...japanese])).toEqual([]);
});
