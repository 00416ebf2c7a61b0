import { test as base, expect } from '@playwright/test';
import { makeTempDir } from '../support/temp-dir';
import { startPreview, type PreviewServer } from '../support/preview-server';
import { AtlasPage } from './pages/atlas-page';

interface Fixtures {
  /** Extra command-line arguments for this test's preview server (e.g. --dataset). */
  previewArgs: readonly string[];
  /** A preview server of this test's own, on a fresh data folder: tests never share state. */
  preview: PreviewServer;
  atlas: AtlasPage;
  /** Requests that tried to leave 127.0.0.1; every test ends by asserting there were none. */
  externalRequests: string[];
}

export const test = base.extend<Fixtures>({
  previewArgs: [[], { option: true }],

  preview: async ({ previewArgs }, use) => {
    const dataDir = makeTempDir('atlas-e2e-');
    const server = await startPreview(dataDir.path, previewArgs);
    await use(server);
    await server.stop();
    dataDir.remove();
  },

  externalRequests: async ({ context }, use) => {
    const external: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      external.push(url.href);
      return route.abort('blockedbyclient');
    });
    await use(external);
    expect(external, 'requests that left 127.0.0.1').toEqual([]);
  },

  // Depends on `preview` so the server outlives the page's last requests.
  page: async ({ page, externalRequests, preview }, use) => {
    void externalRequests;
    void preview;
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await use(page);
    expect(problems, 'errors in the page (CSP violations show up here too)').toEqual([]);
  },

  atlas: async ({ page, preview }, use) => {
    await use(new AtlasPage(page, preview.url));
  },
});

export { expect };
