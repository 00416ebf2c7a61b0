/**
 * What the benchmark installs in every page before its own scripts run (addInitScript, so the
 * app's CSP does not apply): long-task and input-time recording, the moment Cytoscape creates its
 * canvases, and a waiter that times from the user's input to the frame painted after the page
 * has settled. Everything is timed inside the page, so Playwright's round trips do not count.
 * The function is serialized into the page: it must not refer to anything outside itself.
 */

export interface StepTiming {
  /** From the input event (or from navigation start) to the painted frame, in ms. */
  readonly ms: number;
  /** Long tasks (> 50 ms) that started during the step. */
  readonly longTasks: number;
  /** The longest of them, in ms (0 when none). */
  readonly longestTask: number;
}

export type Condition =
  | { readonly kind: 'appReady' }
  | { readonly kind: 'bareReady' }
  | { readonly kind: 'language'; readonly lang: string; readonly nodeId: string | null; readonly oldLabel: string | null }
  | { readonly kind: 'asOf'; readonly year: string }
  | { readonly kind: 'details'; readonly actorId: string }
  /** The organization's details are shown and it is marked on the map, wherever the camera is. */
  | { readonly kind: 'highlighted'; readonly actorId: string }
  | { readonly kind: 'timeline' };

export interface BenchHooks {
  cytoscapeStartedAt: number | null;
  /**
   * Starts waiting for the next input and then for each condition in turn (milestones of one
   * step, e.g. highlighted, then the camera at rest); `result()` gives one timing per condition.
   */
  arm(conditions: readonly Condition[]): void;
  result(timeoutMs: number): Promise<StepTiming[]>;
  /** Navigation: from navigation start to the painted frame after the condition holds. */
  loaded(condition: Condition, timeoutMs: number): Promise<StepTiming>;
  /** Times a change made by the page's own code (the bare page), to the painted frame. */
  timeChange(change: () => void): Promise<StepTiming>;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
  }
}

export function installBenchHooks(): void {
  const longTasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks are a Chromium feature; elsewhere the step reports none.
  }
  let inputs = 0;
  let lastInput = 0;
  const onInput = (event: Event) => {
    inputs += 1;
    lastInput = event.timeStamp;
  };
  window.addEventListener('pointerdown', onInput, { capture: true });
  window.addEventListener('keydown', onInput, { capture: true });

  const hooks: BenchHooks = {
    cytoscapeStartedAt: null,
    arm: () => undefined,
    result: () => Promise.reject(new Error('nothing armed')),
    loaded: () => Promise.reject(new Error('not ready')),
    timeChange: () => Promise.reject(new Error('not ready')),
  };
  // Cytoscape's renderer adds its layer canvases (data-id "layer0-…") when the instance is created.
  new MutationObserver((records, observer) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLElement && (node.matches('canvas[data-id^="layer"]') || node.querySelector('canvas[data-id^="layer"]'))) {
          hooks.cytoscapeStartedAt = performance.now();
          observer.disconnect();
          return;
        }
  }).observe(document, { childList: true, subtree: true });

  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const visible = (selector: string) => {
    const element = document.querySelector(selector);
    return element instanceof HTMLElement && element.offsetParent !== null;
  };
  const mapAtRest = () => {
    const controller = (window as unknown as { __atlasMapController?: { settling: boolean } }).__atlasMapController;
    return controller !== undefined && !controller.settling;
  };
  const holds = (condition: Condition): boolean => {
    switch (condition.kind) {
      case 'appReady':
        return document.querySelector('.app[data-ready="true"]') !== null && mapAtRest();
      case 'bareReady':
        return (window as unknown as { __bareDrawn?: boolean }).__bareDrawn === true;
      case 'language': {
        if (document.documentElement.lang !== condition.lang || !mapAtRest()) return false;
        if (condition.nodeId === null) return true;
        const cy = (window as unknown as { __atlasMap?: { getElementById(id: string): { data(key: string): unknown } } }).__atlasMap;
        return cy !== undefined && String(cy.getElementById(condition.nodeId).data('label')) !== condition.oldLabel;
      }
      case 'asOf':
        return (document.querySelector('.as-of__slider')?.getAttribute('aria-valuetext') ?? '').includes(condition.year) && mapAtRest();
      case 'details':
        return visible(`[data-testid="actor-details"][data-actor-id="${CSS.escape(condition.actorId)}"]`) && mapAtRest();
      case 'highlighted': {
        const cy = (window as unknown as { __atlasMap?: { getElementById(id: string): { hasClass(name: string): boolean } } }).__atlasMap;
        return visible(`[data-testid="actor-details"][data-actor-id="${CSS.escape(condition.actorId)}"]`) && cy?.getElementById(condition.actorId).hasClass('chosen') === true;
      }
      case 'timeline': {
        // vis-timeline keeps itself visibility: hidden until its first full draw.
        const root = document.querySelector('.time-panel .timeline .vis-timeline');
        return visible('.time-panel .timeline .vis-timeline') && root !== null && getComputedStyle(root).visibility === 'visible' && mapAtRest();
      }
    }
  };
  const timing = (start: number, end: number): StepTiming => {
    const during = longTasks.filter((task) => task.start >= start - 1 && task.start < end);
    return { ms: end - start, longTasks: during.length, longestTask: Math.max(0, ...during.map((task) => task.duration)) };
  };
  // Polls once a frame; then waits one more frame, so the change has been painted.
  const settled = async (condition: Condition, deadline: number) => {
    while (!holds(condition)) {
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${condition.kind}`);
      await frame();
    }
    await frame();
    return frame();
  };

  let pending: Promise<StepTiming[]> | null = null;
  hooks.arm = (conditions) => {
    const seen = inputs;
    let resolveArmed: (value: StepTiming[]) => void = () => undefined;
    let rejectArmed: (reason: unknown) => void = () => undefined;
    pending = new Promise<StepTiming[]>((resolve, reject) => {
      resolveArmed = resolve;
      rejectArmed = reject;
    });
    const waitForInput = (): Promise<void> => (inputs > seen ? Promise.resolve() : frame().then(waitForInput));
    void waitForInput()
      .then(async () => {
        const start = lastInput;
        const timings: StepTiming[] = [];
        let end = start;
        for (const condition of conditions) {
          // A milestone reached together with the one before it shares its painted frame.
          if (timings.length === 0 || !holds(condition)) end = await settled(condition, performance.now() + 300_000);
          timings.push(timing(start, end));
        }
        resolveArmed(timings);
      })
      .catch(rejectArmed);
  };
  hooks.result = (timeoutMs) => {
    if (!pending) return Promise.reject(new Error('nothing armed'));
    const armed = pending;
    pending = null;
    return Promise.race([armed, new Promise<StepTiming[]>((_, reject) => setTimeout(() => reject(new Error('step timed out')), timeoutMs))]);
  };
  hooks.loaded = async (condition, timeoutMs) => timing(0, await settled(condition, performance.now() + timeoutMs));
  hooks.timeChange = async (change) => {
    const start = performance.now();
    change();
    await frame();
    return timing(start, await frame());
  };
  window.__bench = hooks;
}
