import type { Point } from './layout/org-chart-layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * The node an arrow key moves to: the nearest one in that direction, within 60° of it,
 * with nodes straight ahead preferred over nodes off to the side.
 */
export function nearestInDirection(from: Point, candidates: ReadonlyMap<string, Point>, direction: Direction): string | null {
  const v = VECTORS[direction];
  let best: { id: string; score: number } | null = null;
  for (const [id, p] of candidates) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * v.x + dy * v.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * v.y - dy * v.x);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + across * 2;
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id ?? null;
}
