/** What this module reads of a font face: the browser's FontFace, or a test's record. */
export interface FaceRange {
  readonly family: string;
  readonly weight: string;
  readonly unicodeRange: string;
}

type CodeRange = readonly [number, number];
const parsedRanges = new WeakMap<FaceRange, readonly CodeRange[]>();

/** "U+20-7e, U+a0, U+4e??" as code point ranges. */
function rangesOf(face: FaceRange): readonly CodeRange[] {
  let ranges = parsedRanges.get(face);
  if (!ranges) {
    ranges = face.unicodeRange.split(',').map((part): CodeRange => {
      const [start = '0', end = start] = part.trim().replace(/^U\+/i, '').split('-');
      if (start.includes('?')) return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)];
      return [parseInt(start, 16), parseInt(end, 16)];
    });
    parsedRanges.set(face, ranges);
  }
  return ranges;
}

/** Index of the first value in `sorted` at or above `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The faces of a family that draw `text`: for each character, the last declared face of each
 * weight whose unicode-range covers it, which is the one the browser draws it with (CSS Fonts 4,
 * §4.5). `document.fonts.load` would load every face whose range covers a character, and most of
 * Noto Sans JP's 124 files per weight also cover Latin letters, digits or the space.
 */
export function facesDrawing<Face extends FaceRange>(text: string, faces: Iterable<Face>, { family, weights }: { readonly family: string; readonly weights: readonly string[] }): Face[] {
  const codePoints = [...new Set(text)].map((character) => character.codePointAt(0)!).sort((a, b) => a - b);
  const drawing = new Map<string, Face>();
  for (const face of faces) {
    if (face.family.replace(/["']/g, '') !== family || !weights.includes(face.weight)) continue;
    for (const [start, end] of rangesOf(face)) {
      for (let i = lowerBound(codePoints, start); i < codePoints.length && codePoints[i]! <= end; i++) drawing.set(`${face.weight} ${codePoints[i]}`, face);
    }
  }
  return [...new Set(drawing.values())];
}
