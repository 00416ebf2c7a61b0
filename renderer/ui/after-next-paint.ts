/**
 * Runs `work` once the next frame has been painted (a task queued from that frame's callback),
 * for updates a user does not look at first: what they acted on is drawn without waiting for it.
 * Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
