/** How long to wait for the details panel to appear after a selection, in animation frames. */
const MAX_FRAMES = 60;

/**
 * Moves keyboard focus to the details panel once it is on screen, so that a keyboard or
 * screen-reader user who chose a search result or a table row lands on what they chose.
 */
export function focusDetailsWhenShown(): void {
  let frames = 0;
  const attempt = () => {
    const panel = document.querySelector<HTMLElement>('.details');
    if (panel) {
      panel.focus();
      return;
    }
    frames += 1;
    if (frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
