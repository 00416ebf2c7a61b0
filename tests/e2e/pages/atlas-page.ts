import { expect, type Locator, type Page } from '@playwright/test';

export interface MapNode {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly visible: boolean;
  readonly highlighted: boolean;
  readonly selected: boolean;
}

/** The app as a user meets it; tests speak in these terms rather than in selectors. */
export class AtlasPage {
  readonly legend: Locator;
  readonly details: Locator;
  readonly searchBox: Locator;
  readonly searchResults: Locator;
  readonly banner: Locator;

  constructor(
    readonly page: Page,
    readonly url: string,
  ) {
    this.legend = page.locator('.legend');
    this.details = page.locator('aside.details');
    this.searchBox = page.getByRole('combobox', { name: /Search organizations|組織・出来事・出典を検索/ });
    this.searchResults = page.getByRole('listbox');
    this.banner = page.locator('.banner');
  }

  async open(readyTimeout = 30_000): Promise<void> {
    await this.page.goto(this.url);
    // The first load also loads the font files for every label; give a busy machine time for it.
    await expect(this.page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: readyTimeout });
    await this.page.waitForFunction(() => window.__atlasMap !== undefined && window.__atlasMap.nodes().length > 0);
    await this.atRest();
    // The timeline is built once the first map is at rest.
    await this.page.waitForFunction(() => window.__atlasTimeline !== undefined || document.querySelector('.time-panel--closed') !== null, undefined, { timeout: readyTimeout });
  }

  /** Waits until nothing on the map moves and its labels are placed. */
  async atRest(): Promise<void> {
    await this.page.waitForFunction(() => window.__atlasMapController !== undefined && !window.__atlasMapController.settling);
  }

  /** Opens every organization and group, as the map's "Expand all" button does. */
  async expandAll(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Expand all|すべて展開)$/ }).click();
    await this.atRest();
  }

  /** Opens the top bar's File menu and clicks one of its items (Open dataset…, Export, import, compare…, Backups…). */
  async chooseFromFileMenu(item: string | RegExp): Promise<void> {
    const menu = this.page.locator('details.file-menu');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
    await menu.getByRole('button', { name: item }).click();
  }

  /** Opens the timeline's options (lanes, only the selected organization's events, the period filter). */
  async openTimelineOptions(): Promise<void> {
    const options = this.page.locator('details.timeline-options');
    if ((await options.getAttribute('open')) === null) await options.locator('summary').click();
  }

  /**
   * Every organization of the dataset (not the map's regions, groups or badges), with how the map
   * draws it. The map keeps only what it draws in Cytoscape: one it does not draw is not visible.
   */
  async nodes(): Promise<MapNode[]> {
    return this.page.evaluate(() => {
      const cy = window.__atlasMap;
      const positions = window.__atlasMapController?.positions() ?? {};
      return (window.__atlasMapController?.atlas.actors ?? []).map((actor) => {
        const node = cy?.getElementById(actor.id);
        const drawn = node !== undefined && node.nonempty();
        return {
          id: actor.id,
          label: drawn ? String(node.data('label')) : '',
          x: drawn ? node.position('x') : (positions[actor.id]?.x ?? Number.NaN),
          y: drawn ? node.position('y') : (positions[actor.id]?.y ?? Number.NaN),
          visible: drawn && node.visible(),
          highlighted: drawn && node.hasClass('highlighted'),
          selected: drawn && node.hasClass('chosen'),
        };
      });
    });
  }

  async node(id: string): Promise<MapNode> {
    const found = (await this.nodes()).find((n) => n.id === id);
    if (!found) throw new Error(`no node ${id} on the map`);
    return found;
  }

  async camera(): Promise<{ zoom: number; x: number; y: number }> {
    return this.page.evaluate(() => {
      const cy = window.__atlasMap;
      return { zoom: cy?.zoom() ?? 0, x: cy?.pan().x ?? 0, y: cy?.pan().y ?? 0 };
    });
  }

  /** Whether a node is drawn inside the map's visible area. */
  async inView(id: string): Promise<boolean> {
    return this.page.evaluate((nodeId) => {
      const cy = window.__atlasMap;
      const p = cy?.getElementById(nodeId).renderedPosition();
      return Boolean(cy && p && p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height());
    }, id);
  }

  /** Clicks a node where it is drawn on the canvas, as a user would; first "Expand all" when it is folded away. */
  async clickNode(id: string): Promise<void> {
    if (!(await this.node(id)).visible) await this.expandAll();
    await expect.poll(async () => (await this.node(id)).visible).toBe(true);
    await this.atRest();
    await this.page.evaluate((nodeId) => {
      const cy = window.__atlasMap;
      const node = cy?.getElementById(nodeId);
      if (cy && node && node.nonempty()) {
        cy.zoom(1.2);
        cy.center(node);
      }
    }, id);
    const point = await this.page.evaluate((nodeId) => window.__atlasMap?.getElementById(nodeId).renderedPosition(), id);
    const box = await this.page.getByTestId('map').boundingBox();
    if (!point || !box) throw new Error(`cannot find node ${id} on screen`);
    await this.page.mouse.click(box.x + point.x, box.y + point.y);
  }

  /** Chooses the labels' language, and waits until it is in force (after its font files, right after start). */
  async chooseLanguage(label: 'English' | '日本語' | 'EN + 日本語'): Promise<void> {
    const choice = this.page.getByRole('radio', { name: label, exact: true });
    await choice.click();
    await expect(choice).toHaveAttribute('aria-checked', 'true');
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await expect(this.searchResults).toHaveAttribute('data-query', query);
    await expect(this.searchResults.getByRole('option').first()).toBeVisible();
  }

  /** Types a date into the as-of field, as a user would. */
  async showMapAsOf(date: string): Promise<void> {
    const field = this.page.getByRole('textbox', { name: /Type a date|日付を入力/ });
    await field.fill(date);
    await field.press('Enter');
  }

  timelineItem(eventId: string): Locator {
    return this.page.locator(`.vis-item.event-id--${eventId}`);
  }

  /** Moves the timeline's window (as dragging and zooming it would) without animation. */
  async showTimelineBetween(start: string, end: string): Promise<void> {
    await this.page.evaluate(
      ([from, to]) => {
        window.__atlasTimeline?.setWindow(from ?? '', to ?? '', { animation: false });
      },
      [start, end],
    );
  }

  async timelineWindow(): Promise<{ start: number; end: number }> {
    return this.page.evaluate(() => {
      const shown = window.__atlasTimeline?.getWindow();
      return { start: shown?.start.valueOf() ?? 0, end: shown?.end.valueOf() ?? 0 };
    });
  }

  /**
   * What is wrong with how the timeline's events on screen are drawn: a title wider than its box,
   * or two events on top of each other (the timeline stacks them). Empty when all is well.
   */
  async timelineDrawingFaults(): Promise<string[]> {
    return this.page.evaluate(() => {
      const idOf = (element: Element) => [...element.classList].find((name) => name.startsWith('event-id--'))?.slice('event-id--'.length) ?? '?';
      const boxes = [...document.querySelectorAll('.timeline .vis-foreground .vis-item:not(.vis-line):not(.vis-dot)')].map((element) => ({
        id: idOf(element),
        rect: element.getBoundingClientRect(),
        content: element.querySelector('.vis-item-content'),
        point: element.classList.contains('vis-box'),
      }));
      const faults: string[] = [];
      for (const box of boxes) {
        if (box.point && box.content && box.content.scrollWidth > box.rect.width) faults.push(`${box.id}: title ${box.content.scrollWidth}px in a ${box.rect.width}px box`);
      }
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const overlap = a.rect.left < b.rect.right - 1 && b.rect.left < a.rect.right - 1 && a.rect.top < b.rect.bottom - 1 && b.rect.top < a.rect.bottom - 1;
          if (overlap) faults.push(`${a.id} overlaps ${b.id}`);
        }),
      );
      return faults;
    });
  }

  /** Where each event drawn on the timeline sits, by id: its box's rectangle, in whole pixels. */
  async timelineBoxes(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const boxes: Record<string, string> = {};
      for (const element of document.querySelectorAll('.timeline .vis-foreground .vis-item:not(.vis-line):not(.vis-dot)')) {
        const id = [...element.classList].find((name) => name.startsWith('event-id--')) ?? '?';
        const { left, top, width, height } = element.getBoundingClientRect();
        boxes[id] = [left, top, width, height].map(Math.round).join(' ');
      }
      return boxes;
    });
  }

  /** Ids of the events on the timeline carrying a class (e.g. is-related), or all of them. */
  async timelineEventIds(withClass?: string): Promise<string[]> {
    return this.page.evaluate((className) => {
      const timeline = window.__atlasTimeline as unknown as { itemsData: { get(): { id: string; className?: string }[] } } | undefined;
      return (timeline?.itemsData.get() ?? [])
        .filter((item) => !className || (item.className ?? '').split(' ').includes(className))
        .map((item) => item.id)
        .sort();
    }, withClass);
  }

  /**
   * The events the timeline draws now, by how a selection marks them as a reader sees it: ringed
   * in yellow (its organization takes part) or greyed (it does not).
   */
  async timelineMarks(): Promise<{ ringed: string[]; greyed: string[]; unmarked: string[] }> {
    return this.page.evaluate(() => {
      const marks = { ringed: [] as string[], greyed: [] as string[], unmarked: [] as string[] };
      for (const item of document.querySelectorAll<HTMLElement>('.timeline .vis-item.event:not(.vis-line, .vis-dot)')) {
        const id = [...item.classList].find((name) => name.startsWith('event-id--'))?.slice('event-id--'.length);
        if (!id) continue;
        const style = getComputedStyle(item);
        if (style.boxShadow.includes('rgb(250, 204, 21)')) marks.ringed.push(id);
        else if (style.backgroundColor === 'rgb(244, 245, 247)') marks.greyed.push(id);
        else marks.unmarked.push(id);
      }
      return { ringed: marks.ringed.sort(), greyed: marks.greyed.sort(), unmarked: marks.unmarked.sort() };
    });
  }

  legendFilter(label: string): Locator {
    return this.legend.getByRole("checkbox", { name: label, exact: true });
  }
}
