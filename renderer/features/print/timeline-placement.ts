/**
 * Places timeline labels in a few rows so that no two overlap: each label, most important
 * first, goes into the first row where its box is free (centred on its date, kept inside the
 * strip); a label that fits nowhere is left out rather than printed over another.
 */

export interface StripLabel {
  readonly id: string;
  readonly x: number;
  readonly width: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly row: number;
  /** Left edge of the label's box. */
  readonly left: number;
}

const GAP = 6;

export function placeStripLabels(labels: readonly StripLabel[], rows: number, stripWidth: number, reserved: readonly { row: number; left: number; right: number }[] = []): PlacedLabel[] {
  const taken: { row: number; left: number; right: number }[] = [...reserved];
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    const left = Math.min(Math.max(0, label.x - label.width / 2), stripWidth - label.width);
    const right = left + label.width;
    for (let row = 0; row < rows; row++) {
      if (taken.some((box) => box.row === row && left < box.right + GAP && right + GAP > box.left)) continue;
      taken.push({ row, left, right });
      placed.push({ id: label.id, row, left });
      break;
    }
  }
  return placed;
}
