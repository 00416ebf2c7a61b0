import { describe, expect, it } from 'vitest';
import { placeStripLabels } from '../../../renderer/features/print/timeline-placement';

describe('placeStripLabels', () => {
  const labels = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, x: 100 + i * 20, width: 150 }));

  it('never lets two labels in a row overlap, and leaves out what does not fit', () => {
    const placed = placeStripLabels(labels, 3, 1000);
    for (const a of placed)
      for (const b of placed) if (a !== b && a.row === b.row) expect(a.left + 150 <= b.left || b.left + 150 <= a.left).toBe(true);
    expect(placed.length).toBeLessThan(labels.length);
    expect(placed.length).toBeGreaterThanOrEqual(3);
  });

  it('places the most important label first and keeps labels inside the strip', () => {
    const placed = placeStripLabels([{ id: 'edge', x: 990, width: 200 }, ...labels], 2, 1000);
    expect(placed[0]).toEqual({ id: 'edge', row: 0, left: 800 });
  });

  it('keeps reserved room free (the marked date)', () => {
    const placed = placeStripLabels([{ id: 'a', x: 500, width: 100 }], 2, 1000, [{ row: 0, left: 480, right: 560 }]);
    expect(placed).toEqual([{ id: 'a', row: 1, left: 450 }]);
  });
});
