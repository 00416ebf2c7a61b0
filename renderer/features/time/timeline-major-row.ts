import type { Timeline } from 'vis-timeline/peer';

/** The time axis's scale as vis-timeline last drew it ("year", "month", "day"…): internal and untyped. */
function scaleOf(timeline: Timeline): string | undefined {
  return (timeline as unknown as { timeAxis?: { step?: { scale?: string } } }).timeAxis?.step?.scale;
}

/**
 * vis-timeline keeps a second row under the axis for its major labels (the year above months,
 * the month above days) at every scale, and at a scale of years there is none: an empty 24 px
 * band in a strip that, on a 720 px high window, has room for little more than one lane. The
 * row is shown only while the axis has something to put in it. Returns the detach function.
 */
export function showMajorRowOnlyWhenUsed(timeline: Timeline): () => void {
  let shown = true;
  const follow = () => {
    const scale = scaleOf(timeline);
    if (scale === undefined) return;
    const wanted = scale !== 'year';
    if (wanted === shown) return;
    shown = wanted;
    timeline.setOptions({ showMajorLabels: wanted });
  };
  timeline.on('changed', follow);
  return () => timeline.off('changed', follow);
}
