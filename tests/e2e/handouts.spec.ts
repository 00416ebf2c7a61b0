import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import { BriefingPanel } from './pages/briefing-panel';
import { hasPoppler, pdfPageCount, pdfText, pdfWords, printReady } from './pages/handout-files';
import { prepareThreeScenes } from './scenarios/three-scenes';

// Each test prepares a briefing through the UI and renders every scene: slow on a shared machine.
test.describe.configure({ timeout: 180_000 });

/** The English wording of the pack's captions and headings, which a Japanese pack must not contain. */
const ENGLISH_CAPTION_WORDS = ['As of', 'All dates', 'organizations and', 'connections shown', 'Focus:', 'Legend', 'sources behind what is shown', 'Sources'];

test('the PDF pack has one landscape page per scene, all in Japanese, with map labels of 9 pt or more', async ({ atlas, page, context }) => {
  test.skip(!hasPoppler, 'pdftotext and pdfinfo are not installed (Debian package poppler-utils).');
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('ja');
  const [printView] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'PDF briefing pack' }).click()]);
  await printReady(printView);
  const dir = makeTempDir('atlas-pack-');
  try {
    const file = join(dir.path, 'pack-ja.pdf');
    await printView.pdf({ path: file, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPageCount(file)).toBe(3);
    copyFileSync(file, '/tmp/pack-ja.pdf');

    const text = pdfText(file);
    for (const words of ENGLISH_CAPTION_WORDS) expect(text, `English caption "${words}" in the Japanese pack`).not.toContain(words);
    expect(text).toContain('2025年8月1日時点');
    expect(text).toContain('凡例');
    expect(text).toContain('注目：国家サイバー統括室');

    // Map labels: the words the page's map draws and nothing else on the page says. Their
    // point size is their box height over the box height per point of the page title (16 pt).
    const mapWords = new Set(await printView.locator('.print-page__map svg text').allTextContents());
    const otherText = await printView.locator('.print-page').evaluateAll((pages) =>
      pages.map((p) => [...p.querySelectorAll('h1, p, li, header, .timeline-strip text')].map((e) => e.textContent ?? '').join('\n')).join('\n'),
    );
    const words = pdfWords(file);
    const title = words.find((word) => word.page === 1 && word.text === '全体像');
    expect(title).toBeDefined();
    const perPoint = (title?.height ?? 0) / 16;
    const labels = words.filter((word) => mapWords.has(word.text) && !otherText.includes(word.text));
    const sizes = labels.map((word) => Math.round((word.height / perPoint) * 10) / 10);
    console.log(`map labels: ${labels.length}, smallest ${Math.min(...sizes)} pt, median ${sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)]} pt`);
    expect(labels.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
  } finally {
    dir.remove();
  }
});
