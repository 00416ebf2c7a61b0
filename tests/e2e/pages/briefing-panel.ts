import { expect, type Locator, type Page } from '@playwright/test';

/** The briefing tab of the sidebar, as a presenter preparing a meeting uses it. */
export class BriefingPanel {
  readonly scenes: Locator;
  readonly presentation: Locator;

  constructor(readonly page: Page) {
    this.scenes = page.locator('.scene-list__item');
    this.presentation = page.getByTestId('presentation');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /Briefing|ブリーフィング/ }).click();
  }

  private async fillBilingual(dialog: Locator, field: string, en: string, ja: string): Promise<void> {
    await dialog.getByRole('textbox', { name: `${field} (English)` }).fill(en);
    await dialog.getByRole('textbox', { name: `${field} (Japanese)` }).fill(ja);
  }

  async createBriefing(en: string, ja: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New briefing' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New briefing' });
    await this.fillBilingual(dialog, 'Title', en, ja);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.locator('.briefing-panel__title h3')).toHaveText(en);
  }

  /** Saves what the map shows now as a scene. */
  async addScene(title: { en: string; ja: string }, options: { notes?: { en: string; ja: string }; cumulative?: boolean } = {}): Promise<void> {
    const before = await this.scenes.count();
    await this.page.getByRole('button', { name: '+ Add the current view as a scene' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New scene' });
    await this.fillBilingual(dialog, 'Title', title.en, title.ja);
    if (options.notes) await this.fillBilingual(dialog, 'Speaker notes', options.notes.en, options.notes.ja);
    if (options.cumulative) await dialog.getByRole('checkbox', { name: /Reveal cumulatively/ }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.scenes).toHaveCount(before + 1);
  }

  async sceneTitles(): Promise<string[]> {
    return this.page.locator('.scene-list__title').allTextContents();
  }

  scene(title: string): Locator {
    return this.scenes.filter({ has: this.page.locator('.scene-list__title', { hasText: title }) });
  }

  async present(): Promise<void> {
    await this.page.getByRole('button', { name: '▶ Present' }).click();
    await expect(this.presentation).toBeVisible();
  }

  async expectPresenting(index: number, title: string): Promise<void> {
    await expect(this.presentation).toHaveAttribute('data-scene-index', String(index));
    await expect(this.presentation.locator('.presentation__header h1').first()).toHaveText(title);
  }
}
