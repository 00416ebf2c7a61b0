import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { facesDrawing, type FaceRange } from '../../../renderer/i18n/font-faces';

interface BundledFace extends FaceRange {
  readonly file: string;
}

/** The @font-face rules of the bundled Noto Sans JP, in the order the app's CSS declares them. */
function bundledFaces(): BundledFace[] {
  const require = createRequire(import.meta.url);
  return ['400', '700'].flatMap((weight) =>
    [...readFileSync(require.resolve(`@fontsource/noto-sans-jp/${weight}.css`), 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
      family: /font-family:\s*([^;]+);/.exec(body)?.[1]?.trim() ?? '',
      weight: /font-weight:\s*([^;]+);/.exec(body)?.[1]?.trim() ?? '',
      unicodeRange: /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim() ?? '',
      file: /files\/([^)]+)\.woff2/.exec(body)?.[1] ?? '',
    })),
  );
}

const options = { family: 'Noto Sans JP', weights: ['400', '700'] };

describe('the font files that draw a text', () => {
  const faces = bundledFaces();

  it('an English name needs the Latin file of each weight, though other files cover its letters too', () => {
    const text = 'Cybersecurity and Infrastructure Security Agency (CISA) 2015';
    expect(facesDrawing(text, faces, options).map((face) => face.file)).toEqual(['noto-sans-jp-latin-400-normal', 'noto-sans-jp-latin-700-normal']);
    const covering = faces.filter((face) => facesDrawing(text, [face], options).length > 0);
    expect(covering.length).toBeGreaterThan(2);
  });

  it('Japanese needs the numbered files of its characters, and the Latin file only for Latin', () => {
    const files = facesDrawing('外務省 NISC', faces, options).map((face) => face.file);
    expect(files).toContain('noto-sans-jp-latin-400-normal');
    expect(files.filter((file) => file.endsWith('-400-normal'))).toHaveLength(files.length / 2);
    for (const character of '外務省') expect(facesDrawing(character, faces, options)).toHaveLength(2);
  });

  it('reads wildcard ranges and ignores other families and weights', () => {
    const wildcard = { family: '"Noto Sans JP"', weight: '400', unicodeRange: 'U+4E??' };
    const other = { family: 'Other', weight: '400', unicodeRange: 'U+0-10FFFF' };
    const thin = { family: 'Noto Sans JP', weight: '100', unicodeRange: 'U+0-10FFFF' };
    expect(facesDrawing('上', [wildcard, other, thin], options)).toEqual([wildcard]);
    expect(facesDrawing('A', [wildcard, other, thin], options)).toEqual([]);
  });

  it('gives a character to the last declared face that covers it, as the browser does', () => {
    const first = { family: 'Noto Sans JP', weight: '400', unicodeRange: 'U+41-5A, U+4E0A' };
    const last = { family: 'Noto Sans JP', weight: '400', unicodeRange: 'U+41' };
    expect(facesDrawing('A', [first, last], options)).toEqual([last]);
    expect(facesDrawing('AB上', [first, last], options)).toEqual([last, first]);
  });
});
