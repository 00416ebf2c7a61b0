import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import { BriefingPanel } from './pages/briefing-panel';
import { countryColor, expectNothingInternal, hasPoppler, pdfPageCount, pdfText, pdfWords, printReady } from './pages/handout-files';
import { prepareThreeScenes } from './scenarios/three-scenes';

// Each test prepares a briefing through the UI and renders every scene: slow on a shared machine.
test.describe.configure({ timeout: 300_000 });

/** The English wording of the pack's captions and headings, which a Japanese pack must not contain. */
const ENGLISH_CAPTION_WORDS = ['As of', 'All dates', 'organizations and', 'connections shown', 'Focus:', 'Legend', 'sources behind what is shown', 'Sources'];

test('the PDF pack has one landscape page per scene, all in Japanese, with map labels of 9 pt or more', async ({ atlas, page, context }) => {
  test.skip(!hasPoppler, 'pdftotext and pdfinfo are not installed (Debian package poppler-utils).');
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('ja');
  const [printView] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'PDF briefing pack' }).click()]);
  await printReady(printView);
  // Timeline strips: no label's box meets another's.
  const overprints = await printView.locator('.timeline-strip').evaluateAll((strips) =>
    strips.flatMap((strip) => {
      const boxes = [...strip.querySelectorAll('text')].map((text) => ({ text: text.textContent, box: (text as SVGTextElement).getBBox() }));
      return boxes.flatMap((a, i) =>
        boxes.slice(i + 1).filter((b) => a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height).map((b) => `${a.text} × ${b.text}`),
      );
    }),
  );
  expect(overprints).toEqual([]);
  expect(await printView.locator('.timeline-strip__event').count()).toBeGreaterThan(6);
  // Nothing at the foot of a page is cut off: what does not fit is counted instead.
  expect(await printView.locator('.print-page__footer').evaluateAll((footers) => footers.filter((f) => f.scrollHeight > f.clientHeight + 1).length)).toBe(0);
  const dir = makeTempDir('atlas-pack-');
  try {
    const file = join(dir.path, 'pack-ja.pdf');
    await printView.pdf({ path: file, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPageCount(file)).toBe(3);

    const text = pdfText(file);
    expectNothingInternal(text, 'the PDF pack');
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

test('a bilingual PDF pack still has one page per scene, with captions in both languages', async ({ atlas, page, context }) => {
  test.skip(!hasPoppler, 'pdftotext and pdfinfo are not installed (Debian package poppler-utils).');
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('both');
  const [printView] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'PDF briefing pack' }).click()]);
  await printReady(printView);
  const dir = makeTempDir('atlas-pack-');
  try {
    const file = join(dir.path, 'pack-both.pdf');
    await printView.pdf({ path: file, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPageCount(file)).toBe(3);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Legend / 凡例');
    expect(text).toContain('As of August 1, 2025 / 2025年8月1日時点');
    expect(text).toContain('After July 2025 / 2025年7月以降');
  } finally {
    dir.remove();
  }
});

test('PNG and SVG exports carry the title, as-of date, legend and sources, cropped to what is shown', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('ja');
  const scene = briefing.scene('After July 2025');

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), scene.getByRole('button', { name: 'SVG' }).click()]);
  const svg = readFileSync((await svgDownload.path()) ?? '', 'utf8');
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  expect(texts).toContain('2025年7月以降');
  expect(texts).toContain('2025年8月1日時点 · 日米のサイバー体制');
  expect(texts).toContain('凡例');
  expect(texts).toContain('日本');
  expect(texts.some((text) => text?.startsWith('出典: '))).toBe(true);
  expect(texts).toContain('国家サイバー統括室');
  expectNothingInternal(texts.join('\n'), 'the SVG export');
  // Cropped: the image is no wider than the map area it shows plus its margins.
  const width = Number(/<svg[^>]*width="(\d+)"/.exec(svg)?.[1]);
  expect(width).toBeLessThanOrEqual(1600 + 48);

  await page.getByRole('combobox', { name: 'PNG width' }).selectOption('1920');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), scene.getByRole('button', { name: 'PNG' }).click()]);
  const png = readFileSync((await pngDownload.path()) ?? '');
  expect(png.readUInt32BE(16)).toBe(1920);
  // The title is drawn in the band above the map and the legend's colour swatches below it.
  const japan = countryColor('JP');
  const found = await page.evaluate(
    async ({ base64, japan }) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return null;
      context.drawImage(bitmap, 0, 0);
      const rgb = [1, 3, 5].map((i) => parseInt(japan.slice(i, i + 2), 16));
      const band = (y0: number, y1: number, match: (r: number, g: number, b: number) => boolean) => {
        const { data } = context.getImageData(0, y0, bitmap.width, y1 - y0);
        for (let i = 0; i < data.length; i += 4) if (match(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0)) return true;
        return false;
      };
      const scale = bitmap.width / 1600;
      return {
        title: band(0, Math.round(70 * scale), (r, g, b) => r < 40 && g < 50 && b < 60),
        legend: band(Math.round(bitmap.height * 0.75), bitmap.height, (r, g, b) => Math.abs(r - (rgb[0] ?? 0)) < 8 && Math.abs(g - (rgb[1] ?? 0)) < 8 && Math.abs(b - (rgb[2] ?? 0)) < 8),
      };
    },
    { base64: png.toString('base64'), japan },
  );
  expect(found).toEqual({ title: true, legend: true });
});

test('a PowerPoint deck has one slide per scene with Japanese titles as text and the notes as speaker notes', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('ja');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PowerPoint (.pptx)' }).click()]);
  expect(download.suggestedFilename()).toBe('日米のサイバー体制.pptx');
  const zip = await JSZip.loadAsync(readFileSync((await download.path()) ?? ''));
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides).toHaveLength(3);
  const slideText = async (name: string) => [...((await zip.file(name)?.async('string')) ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n');
  expect(await slideText('ppt/slides/slide1.xml')).toContain('全体像');
  expect(await slideText('ppt/slides/slide3.xml')).toContain('2025年7月以降');
  expect(await slideText('ppt/slides/slide3.xml')).toContain('2025年8月1日時点');
  expect(await slideText('ppt/notesSlides/notesSlide1.xml')).toContain('まず全体像から。');
  const images = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/') && !zip.files[name]?.dir);
  expect(images).toHaveLength(3);
  const image = await zip.file(images[0] ?? '')?.async('nodebuffer');
  expect(image?.readUInt32BE(16)).toBe(3840);
  const all = (await Promise.all([...slides, 'ppt/notesSlides/notesSlide1.xml'].map(slideText))).join('\n');
  expectNothingInternal(all, 'the PowerPoint deck');
});

test('the web handout opens from a file with every request blocked, steps through its scenes and shows details', async ({ atlas, page, browser }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('ja');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Web handout (.html)' }).click()]);
  await expect(page.locator('.briefing-panel').getByRole('status')).toContainText('.html');
  const dir = makeTempDir('atlas-handout-');
  const offline = await browser.newContext();
  try {
    const file = join(dir.path, download.suggestedFilename());
    writeFileSync(file, readFileSync((await download.path()) ?? ''));
    const requests: string[] = [];
    await offline.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      requests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const handout = await offline.newPage();
    const problems: string[] = [];
    handout.on('pageerror', (error) => problems.push(error.message));
    handout.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    handout.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await handout.goto(pathToFileURL(file).href);
    await expect(handout.locator('#scene-title')).toHaveText('全体像');
    await expect(handout.locator('#counter')).toHaveText('シーン 1／3');
    await expect(handout.locator('#notes')).toHaveText('まず全体像から。');
    await expect(handout.locator('#map svg text', { hasText: '外務省' }).first()).toBeVisible();

    await handout.getByRole('button', { name: '次へ' }).click();
    await expect(handout.locator('#scene-title')).toHaveText('2016年のNISC');
    await handout.keyboard.press('ArrowRight');
    await expect(handout.locator('#scene-title')).toHaveText('2025年7月以降');
    await expect(handout.locator('#as-of')).toHaveText('2025年8月1日時点');

    // Zoom and pan change the part of the map in view.
    const viewBox = () => handout.locator('#map svg').first().getAttribute('viewBox');
    const before = await viewBox();
    await handout.getByRole('button', { name: '拡大' }).click();
    expect(await viewBox()).not.toBe(before);
    await handout.getByRole('button', { name: '全体表示' }).click();
    expect(await viewBox()).toBe(before);

    // A click on an organization shows what it is and its sources.
    // (the first organization whose centre is in view: a zoomed-in scene leaves others outside)
    const mapBox = await handout.locator('#map').boundingBox();
    const centres = await handout.locator('#map [data-actor]').evaluateAll((elements) =>
      elements.map((element) => {
        const r = element.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
    const inView = centres.find((c) => mapBox !== null && c.x > mapBox.x + 4 && c.x < mapBox.x + mapBox.width - 4 && c.y > mapBox.y + 4 && c.y < mapBox.y + mapBox.height - 4);
    expect(inView).toBeDefined();
    await handout.mouse.click(inView?.x ?? 0, inView?.y ?? 0);
    await expect(handout.locator('#details h2')).not.toBeEmpty();
    await expect(handout.locator('#details h3')).toHaveText('出典');

    await handout.getByRole('button', { name: 'English' }).click();
    await expect(handout.locator('#scene-title')).toHaveText('After July 2025');
    await expect(handout.locator('#details h3')).toHaveText('Sources');
    await handout.getByRole('button', { name: 'Previous' }).click();
    await expect(handout.locator('#scene-title')).toHaveText('NISC in 2016');

    const shown = await handout.evaluate(() => document.body.innerText + (document.getElementById('handout-data')?.textContent ?? ''));
    expectNothingInternal(shown, 'the web handout');
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await offline.close();
    dir.remove();
  }
});
