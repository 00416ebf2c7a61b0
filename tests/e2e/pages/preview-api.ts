import type { Page } from '@playwright/test';

/** Calls an operation of the preview's API from inside the page, as the app itself does (setting up what a test does not look at). */
export async function call<T>(page: Page, operation: string, args: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value;
    },
    [operation, args] as const,
  ) as Promise<T>;
}
