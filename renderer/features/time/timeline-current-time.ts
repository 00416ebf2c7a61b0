/**
 * vis-timeline titles its "today" line itself, in English and with moment's English date
 * format ("Current time: Wednesday, December 2nd 2026…"), and rewrites that title at every
 * redraw. This keeps the title in the UI language: whenever vis-timeline sets it, it is
 * replaced with `titleFor(now)`. Returns a function that stops doing so.
 */
export function localizeCurrentTimeTitle(container: HTMLElement, titleFor: (now: Date) => string): () => void {
  const retitle = () => {
    for (const bar of container.querySelectorAll<HTMLElement>('.vis-current-time')) {
      const wanted = titleFor(new Date());
      if (bar.title !== wanted) bar.title = wanted;
    }
  };
  const observer = new MutationObserver(retitle);
  observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['title'] });
  retitle();
  return () => observer.disconnect();
}

/** The lane names down the left side scroll when there are many; a scroll region must take focus (WCAG 2.1.1). */
export function makeLaneLabelsFocusable(container: HTMLElement, label: string): void {
  for (const panel of container.querySelectorAll<HTMLElement>('.vis-panel.vis-left')) {
    panel.tabIndex = 0;
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', label);
  }
}
