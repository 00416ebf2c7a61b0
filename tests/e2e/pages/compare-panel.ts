import type { Locator, Page } from '@playwright/test';

/** The comparison view beside the map, in a user's terms. */
export class ComparePanel {
  readonly panel: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('compare-panel');
    this.table = page.getByTestId('compare-table');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('compare-button').click();
  }

  async showTab(name: RegExp): Promise<void> {
    await this.panel.getByRole('tab', { name }).click();
  }

  /** A function's row (its cells and its counterpart line). */
  row(fn: string): Locator {
    return this.table.locator(`tbody[data-function="${fn}"]`);
  }

  cell(fn: string, country: string): Locator {
    return this.row(fn).locator(`td[data-country="${country}"]`);
  }

  /** The organizations a cell lists, in order, as their ids. */
  async holders(fn: string, country: string): Promise<string[]> {
    return this.cell(fn, country)
      .locator('li[data-actor-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-actor-id') ?? ''));
  }

  columnHeaders(): Locator {
    return this.table.locator('thead th[data-country]');
  }
}
