import type { Page } from '@playwright/test';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../support/bundles';
import { expect, test } from './fixtures';

const shipped = readRawBundle(SHIPPED_BUNDLE_PATH);

test('the map shows every actor of the dataset, with the legend explaining it', async ({ atlas }) => {
  await atlas.open();
  await atlas.expandAll();
  const nodes = await atlas.nodes();
  expect(nodes.map((n) => n.id).sort()).toEqual(shipped.actors.map((a) => a['id'] as string).sort());
  expect(nodes.every((n) => n.visible)).toBe(true);
  await expect(atlas.legend.getByText('Japan', { exact: true })).toBeVisible();
  await expect(atlas.legend.getByText('Critical-infrastructure sector')).toBeVisible();
  await expect(atlas.legend.getByText('counterpart of', { exact: true })).toBeVisible();
});

test('clicking an actor opens its details: names in both languages, relations, events and sources', async ({ atlas }) => {
  await atlas.open();
  await atlas.clickNode('nisc');
  const details = atlas.page.getByTestId('actor-details');
  await expect(details).toHaveAttribute('data-actor-id', 'nisc');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('National center of Incident readiness and Strategy for Cybersecurity');
  await expect(details.locator('li[lang="ja"]')).toContainText('内閣サイバーセキュリティセンター');
  await expect(details.getByText('Succeeded by')).toBeVisible();
  await expect(details.getByRole('button', { name: 'NCO' })).toBeVisible();
  await expect(details.locator('.citation').first()).toBeVisible();
  await expect(details.locator('.citation__url code').first()).toContainText('http');
  expect((await atlas.node('nisc')).selected).toBe(true);
});

test('clicking an edge shows the evidence for that relation', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.clickNode('cisa');
  await page.getByTestId('actor-details').getByRole('button', { name: /counterpart of/ }).first().click();
  const relation = page.getByTestId('relation-details');
  await expect(relation).toBeVisible();
  await expect(relation.getByRole('heading', { level: 2 })).toContainText('counterpart of');
  await expect(relation.locator('.citation').first()).toBeVisible();
  await expect(relation.locator('.confidence').first()).toHaveText(/Official|Reported|Analyst judgement/);
});

test('filters hide a country, an actor type or a connection type, and show them again', async ({ atlas }) => {
  await atlas.open();
  await atlas.expandAll();
  const usIds = new Set(shipped.actors.filter((a) => a['country'] === 'US').map((a) => a['id']));
  const shown = async () => (await atlas.nodes()).filter((n) => n.visible).map((n) => n.id).sort();
  // The map applies a filter once React has rendered it, a frame after the box is ticked.
  await atlas.legendFilter('United States').uncheck();
  await expect.poll(shown).toEqual(shipped.actors.map((a) => a['id'] as string).filter((id) => !usIds.has(id)).sort());

  await atlas.legendFilter('Critical-infrastructure sector').uncheck();
  await expect.poll(async () => (await shown()).includes('jp_sector_finance')).toBe(false);

  await atlas.legend.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => (await shown()).length).toBe(shipped.actors.length);
});

test('unfolding glides the map into its new layout, but not for a user who asked for reduced motion', async ({ atlas, page }) => {
  await atlas.open();
  // Clicked inside the page so the check runs before the next frame: a glide keeps the map
  // settling for 420 ms; a change made at once leaves it at rest straight away.
  const settlingRightAfter = (button: string) =>
    page.evaluate((name) => {
      const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      if (!found) throw new Error(`no button ${name}`);
      found.click();
      return window.__atlasMapController?.settling ?? null;
    }, button);

  expect(await settlingRightAfter('Expand all')).toBe(true);
  await atlas.atRest();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await settlingRightAfter('Collapse all')).toBe(false);
  expect(await settlingRightAfter('Expand all')).toBe(false);
  expect((await atlas.nodes()).every((n) => n.visible)).toBe(true);
});

test('links of several kinds to a folded unit are one grey line, and clicking it opens the units so each link shows', async ({ atlas, page }) => {
  await atlas.open();
  await expect(atlas.legend.getByText('Links of several kinds to a folded unit; open it to see each')).toBeVisible();
  /** The lines drawn between two nodes. */
  const linesBetween = (ends: readonly [string, string]) =>
    page.evaluate(
      ([a, b]) =>
        window
          .__atlasMap!.edges()
          .filter((edge) => edge.visible() && [edge.source().id(), edge.target().id()].sort().join('|') === [a, b].sort().join('|'))
          .map((edge) => edge.id()),
      ends,
    );
  const mixed = await page.evaluate(() => {
    const edge = window.__atlasMap?.edges('[linkType = "mixed"]').filter((e) => e.visible())[0];
    return edge ? { id: edge.id(), ends: [edge.source().id(), edge.target().id()] as [string, string], links: edge.data('linkIds') as string[] } : null;
  });
  if (!mixed) throw new Error('the first view draws no line of several kinds');
  expect(mixed.links.length).toBeGreaterThan(1);
  // One line for the pair, however many kinds of link it holds.
  expect((await linesBetween(mixed.ends)).filter((id) => id.startsWith('merged:'))).toHaveLength(1);

  await page.evaluate((id) => {
    const cy = window.__atlasMap;
    const edge = cy?.getElementById(id);
    if (cy && edge) {
      cy.zoom(1.5);
      cy.center(edge);
    }
  }, mixed.id);
  const point = await page.evaluate((id) => window.__atlasMap?.getElementById(id).renderedMidpoint(), mixed.id);
  const box = await page.getByTestId('map').boundingBox();
  if (!point || !box) throw new Error('the grey line is not on screen');
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await atlas.atRest();
  expect(await page.evaluate((id) => window.__atlasMap?.getElementById(id).visible() ?? false, mixed.id)).toBe(false);
  // Its links now run on lines of their own, each of one kind, to the units inside the two nodes.
  const carriers = await page.evaluate(
    (links) =>
      window
        .__atlasMap!.edges()
        .filter((e) => e.visible() && (e.data('linkIds') as string[]).some((id) => links.includes(id)))
        .map((e) => String(e.data('linkType'))),
    mixed.links,
  );
  expect(carriers.length).toBeGreaterThan(1);
  expect(carriers).not.toContain('mixed');
});

test('hovering an organization whose label was left out shows it; moving away puts every label back as it was', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await atlas.open();
  const labels = async () => Object.fromEntries((await atlas.nodes()).filter((node) => node.visible).map((node) => [node.id, node.label]));
  const before = await labels();
  const box = await page.getByTestId('map').boundingBox();
  const hover = async (id: string) => {
    const point = await page.evaluate((nodeId) => window.__atlasMap?.getElementById(nodeId).renderedPosition(), id);
    await page.mouse.move((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
  };
  const hovered = (id: string) => page.evaluate((nodeId) => window.__atlasMap?.getElementById(nodeId).hasClass('hover-label') ?? false, id);
  const awayFromNodes = () => page.mouse.move((box?.x ?? 0) + 8, (box?.y ?? 0) + (box?.height ?? 0) - 8);

  // Of the organizations drawn without a label, one the pointer reaches (not under a line).
  let leftOut: string | undefined;
  for (const id of Object.keys(before).filter((node) => before[node] === '')) {
    await hover(id);
    if (await hovered(id)) {
      leftOut = id;
      break;
    }
  }
  expect(leftOut, 'an organization drawn without its label at 1280×720, within the pointer’s reach').toBeDefined();
  await expect.poll(async () => (await atlas.node(leftOut ?? '')).label).not.toBe('');
  await awayFromNodes();
  await expect.poll(labels).toEqual(before);
  // A label already drawn stays as it is, and so does every other: nothing on the map is
  // restyled, so Cytoscape redraws nothing for the pointer crossing it.
  const shown = Object.keys(before).find((id) => before[id] !== '') ?? '';
  await page.evaluate(() => {
    const seen: { over: string[]; restyled: string[] } = { over: [], restyled: [] };
    (window as unknown as { __hoverSeen: typeof seen }).__hoverSeen = seen;
    window.__atlasMap?.on('mouseover', 'node', (event) => void seen.over.push(event.target.id()));
    window.__atlasMap?.on('style data', (event) => void seen.restyled.push(event.target.id()));
  });
  const seen = () => page.evaluate(() => (window as unknown as { __hoverSeen: { over: string[]; restyled: string[] } }).__hoverSeen);
  await hover(shown);
  await expect.poll(async () => (await seen()).over).toContain(shown);
  expect(await hovered(shown)).toBe(false);
  await awayFromNodes();
  expect((await seen()).restyled).toEqual([]);
  expect(await labels()).toEqual(before);
});

test('the centre of a star or a diamond chooses its organization, not a line that passes behind it', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await atlas.open();
  await atlas.expandAll();
  const box = await page.getByTestId('map').boundingBox();
  for (const id of ['us_japan_security_treaty', 'quad', 'fsa']) {
    // Exactly on the node's vertical centre line, where a corner of these shapes lies.
    const point = await page.evaluate((nodeId) => {
      const cy = window.__atlasMap;
      const node = cy?.getElementById(nodeId);
      if (!cy || !node) return null;
      cy.zoom(1);
      cy.pan({ x: Math.round(cy.width() / 2 - node.position('x')), y: Math.round(cy.height() / 2 - node.position('y')) });
      return node.renderedPosition();
    }, id);
    expect(Number.isInteger(point?.x), `${id} is centred on a whole pixel`).toBe(true);
    await atlas.atRest();
    await page.mouse.click((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
    await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', id);
    // The map makes room for the details panel once a double-click can no longer come.
    await atlas.atRest();
  }
});

/**
 * Ends of drawn lines that are not at their organization: farther from the node's outer box than
 * an arrowhead reaches (a line ends where its arrowhead starts, a few map units out).
 */
async function detachedLineEnds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.__atlasMap;
    if (!cy) return ['no map'];
    const detached: string[] = [];
    cy.edges()
      .filter((edge) => edge.visible())
      .forEach((edge) => {
        for (const [end, node] of [
          [edge.sourceEndpoint(), edge.source()],
          [edge.targetEndpoint(), edge.target()],
        ] as const) {
          const at = node.position();
          const arrowReach = 15;
          if (Math.abs(end.x - at.x) > node.outerWidth() / 2 + arrowReach || Math.abs(end.y - at.y) > node.outerHeight() / 2 + arrowReach) detached.push(`${edge.id()} at ${node.id()}`);
        }
      });
    return detached;
  });
}

test('lines stay on their organizations when one is dragged, chosen, zoomed to and relabelled', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.atRest();
  expect(await detachedLineEnds(page), 'first view').toEqual([]);
  const box = await page.getByTestId('map').boundingBox();
  const from = await page.evaluate(() => window.__atlasMap?.getElementById('mofa').renderedPosition());
  const start = { x: (box?.x ?? 0) + (from?.x ?? 0), y: (box?.y ?? 0) + (from?.y ?? 0) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 70, start.y + 45, { steps: 8 });
  await page.mouse.up();
  await atlas.atRest();
  const moved = await page.evaluate(() => window.__atlasMap?.getElementById('mofa').renderedPosition());
  expect(Math.hypot((moved?.x ?? 0) - (from?.x ?? 0), (moved?.y ?? 0) - (from?.y ?? 0)), 'MOFA was dragged').toBeGreaterThan(40);
  expect(await detachedLineEnds(page), 'after the drag').toEqual([]);
  await atlas.clickNode('mofa');
  await atlas.atRest();
  expect(await detachedLineEnds(page), 'MOFA chosen').toEqual([]);
  await atlas.chooseLanguage('日本語');
  await atlas.atRest();
  expect(await detachedLineEnds(page), 'in Japanese').toEqual([]);
  await page.getByRole('button', { name: '拡大', exact: true }).click();
  await atlas.atRest();
  expect(await detachedLineEnds(page), 'zoomed in').toEqual([]);
});
