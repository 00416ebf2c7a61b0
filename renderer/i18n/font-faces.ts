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
    ranges = Uint32Array.from(
      face.unicodeRange.split(',').flatMap((part) => {
        const [start = '0', end = start] = part.trim().replace(/^U\+/i, '').split('-');
        if (start.includes('?')) return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)];
        return [parseInt(start, 16), parseInt(end, 16)];
      }),
    );
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

/** Per set of faces: the face that draws each character, by "family/weight/code point" (null: none). */
const knownDrawing = new WeakMap<object, Map<string, FaceRange | null>>();

/**
 * The faces of a family that draw `text`: for each character, the last declared face of each
 * weight whose unicode-range covers it, which is the one the browser draws it with (CSS Fonts 4,
 * §4.5). `document.fonts.load` would load every face whose range covers a character, and most of
 * Noto Sans JP's 124 files per weight also cover Latin letters, digits or the space. Each
 * character is looked up once per set of faces: the map asks again for every text it measures.
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
    for (const face of faces) {
      if (face.family.replace(/["']/g, '') !== family || !weights.includes(face.weight)) continue;
      const ranges = rangesOf(face);
      for (let r = 0; r < ranges.length; r += 2) {
        const end = ranges[r + 1]!;
        for (let i = lowerBound(unknown, ranges[r]!); i < unknown.length && unknown[i]! <= end; i++) known.set(keyOf(face.weight, unknown[i]!), face);
      }
    }
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
