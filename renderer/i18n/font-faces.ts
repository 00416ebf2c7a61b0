/** What this module reads of a font face: the browser's FontFace, or a test's record. */
export interface FaceRange {
  readonly family: string;
  readonly weight: string;
  readonly unicodeRange: string;
}

const parsedRanges = new WeakMap<FaceRange, Uint32Array>();

/**
 * "U+20-7e, U+a0, U+4e??" as code point ranges, each start followed by its end: one flat array
 * per face, since the bundled faces hold some 17,000 ranges.
 */
function rangesOf(face: FaceRange): Uint32Array {
  let ranges = parsedRanges.get(face);
  if (!ranges) {
    ranges = parseRanges(face.unicodeRange);
    parsedRanges.set(face, ranges);
  }
  return ranges;
}

function parseRanges(unicodeRange: string): Uint32Array {
  const parts = unicodeRange.split(',');
  const ranges = new Uint32Array(parts.length * 2);
  parts.forEach((part, index) => {
    const [start = '0', end = start] = part.trim().replace(/^U\+/i, '').split('-');
    const wildcard = start.includes('?');
    ranges[index * 2] = parseInt(wildcard ? start.replace(/\?/g, '0') : start, 16);
    ranges[index * 2 + 1] = parseInt(wildcard ? start.replace(/\?/g, 'f') : end, 16);
  });
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

/** Per set of faces: the face that draws each character, by "family/weight/code point" (null: none). */
const knownDrawing = new WeakMap<object, Map<string, FaceRange | null>>();

/**
 * The faces of a family that draw `text`: for each character, the last declared face of each
 * weight whose unicode-range covers it, which is the one the browser draws it with (CSS Fonts 4,
 * §4.5). `document.fonts.load` would load every face whose range covers a character, and most of
 * Noto Sans JP's 124 files per weight also cover Latin letters, digits or the space. Each
 * character is looked up once per set of faces: the map asks again for every text it measures.
 * Faces are read from the last declared back, and only until each character has its face: the
 * Latin text asked for at start reads two faces' ranges, not all 248.
 */
export function facesDrawing<Face extends FaceRange>(text: string, faces: Iterable<Face>, { family, weights }: { readonly family: string; readonly weights: readonly string[] }): Face[] {
  let known = knownDrawing.get(faces) as Map<string, Face | null> | undefined;
  if (!known) {
    known = new Map();
    knownDrawing.set(faces, known);
  }
  const codePoints = [...new Set(text)].map((character) => character.codePointAt(0)!);
  const keyOf = (weight: string, codePoint: number) => `${family}/${weight}/${codePoint}`;
  const unknown = codePoints.filter((codePoint) => !known.has(keyOf(weights[0] ?? '', codePoint))).sort((a, b) => a - b);
  if (unknown.length > 0) {
    for (const weight of weights) for (const codePoint of unknown) known.set(keyOf(weight, codePoint), null);
    findFaces(unknown, [...faces].reverse(), family, weights, (face, codePoint) => known.set(keyOf(face.weight, codePoint), face));
  }
  const drawing = new Set<Face>();
  for (const weight of weights) {
    for (const codePoint of codePoints) {
      const face = known.get(keyOf(weight, codePoint));
      if (face) drawing.add(face);
    }
  }
  return [...drawing];
}

/** Calls `found` once per weight and code point with the first face of `lastFirst` that covers it. */
function findFaces<Face extends FaceRange>(sortedCodePoints: readonly number[], lastFirst: readonly Face[], family: string, weights: readonly string[], found: (face: Face, codePoint: number) => void): void {
  const waiting = new Map(weights.map((weight) => [weight, new Set(sortedCodePoints)]));
  let left = weights.length * sortedCodePoints.length;
  for (const face of lastFirst) {
    const waitingForWeight = waiting.get(face.weight);
    if (!waitingForWeight || waitingForWeight.size === 0 || face.family.replace(/["']/g, '') !== family) continue;
    const ranges = rangesOf(face);
    for (let r = 0; r < ranges.length; r += 2) {
      const end = ranges[r + 1]!;
      for (let i = lowerBound(sortedCodePoints, ranges[r]!); i < sortedCodePoints.length && sortedCodePoints[i]! <= end; i++) {
        if (!waitingForWeight.delete(sortedCodePoints[i]!)) continue;
        found(face, sortedCodePoints[i]!);
        left--;
      }
    }
    if (left === 0) return;
  }
}
