import type { Page } from '@playwright/test';

/** The page's JS heap after a garbage collection (CDP), and how many elements its DOM holds. */
export interface PageMemory {
  readonly heapBytes: number;
  readonly domElements: number;
}

export async function pageMemory(page: Page): Promise<PageMemory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { heapBytes: usedSize, domElements };
  } finally {
    await cdp.detach();
  }
}
