import { readFileSync } from 'node:fs';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_COLOR, LINK_STYLES, MIXED_LINK_STYLE } from '../../../renderer/features/map/visual-encoding';

/**
 * The map's categories stay apart for colour-blind readers. Each colour is passed through
 * culori's simulations of (full) protanopia, deuteranopia and tritanopia (Machado et al. 2009),
 * and every pair of categories must stay at least MIN_DISTANCE apart in CIEDE2000.
 *
 * Why 10: a CIEDE2000 difference of about 1–2.3 is just noticeable for large patches side by
 * side; categories on a map are thin lines and small nodes seen apart, so they need several
 * times that. The Okabe–Ito palette, designed for exactly this use, keeps its worst pair at
 * about 11 under the three simulations (orange and vermilion under tritanopia), so 10 admits
 * it and refuses the colours it replaced (the old framework purple came within 3.3 of the US
 * blue under protanopia, 7.4 under deuteranopia; 18 pairs of the old link colours fell below 10).
 */
const MIN_DISTANCE = 10;

const distance = differenceCiede2000();
const VISIONS: Record<string, (color: Color) => Color> = {
  'normal vision': (color) => color,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

function colorOf(hex: string): Color {
  const color = parse(hex);
  if (!color) throw new Error(`not a colour: ${hex}`);
  return color;
}

/** Pairs of named colours closer than MIN_DISTANCE under any vision, with the distance found. */
function tooClose(colors: Record<string, string>): string[] {
  const names = Object.keys(colors);
  const problems: string[] = [];
  for (const [vision, simulate] of Object.entries(VISIONS)) {
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i] as string;
        const b = names[j] as string;
        if (colors[a]?.toLowerCase() === colors[b]?.toLowerCase()) continue;
        const d = distance(simulate(colorOf(colors[a] as string)), simulate(colorOf(colors[b] as string)));
        if (d < MIN_DISTANCE) problems.push(`${a}–${b} under ${vision}: ΔE00 ${d.toFixed(1)}`);
      }
    }
  }
  return problems;
}

interface ShippedCountry {
  readonly code: string;
  readonly color: string;
}
const shipped = JSON.parse(readFileSync(new URL('../../../assets/dataset/alliance-atlas.json', import.meta.url), 'utf8')) as { countries: ShippedCountry[] };

describe('colour-blind-safe palette', () => {
  it('keeps the countries of the shipped data and the frameworks apart under every deficiency', () => {
    const colors: Record<string, string> = { framework: FRAMEWORK_COLOR };
    for (const country of shipped.countries) colors[country.code] = country.color;
    expect(Object.keys(colors).length).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(colors).map((c) => c.toLowerCase())).size).toBe(Object.keys(colors).length);
    expect(tooClose(colors)).toEqual([]);
  });

  it('keeps link types of different colours, and the grey line of several kinds, apart under every deficiency', () => {
    const colors = { ...Object.fromEntries(Object.entries(LINK_STYLES).map(([type, style]) => [type, style.color])), mixed: MIXED_LINK_STYLE.color };
    expect(tooClose(colors)).toEqual([]);
  });

  it('gives link types that share a colour a different line style and arrowhead', () => {
    const same: string[] = [];
    const types = Object.entries(LINK_STYLES);
    for (let i = 0; i < types.length; i++) {
      for (let j = i + 1; j < types.length; j++) {
        const [a, styleA] = types[i] as [string, (typeof LINK_STYLES)[keyof typeof LINK_STYLES]];
        const [b, styleB] = types[j] as [string, (typeof LINK_STYLES)[keyof typeof LINK_STYLES]];
        if (styleA.color.toLowerCase() !== styleB.color.toLowerCase()) continue;
        if (styleA.line === styleB.line || styleA.arrow === styleB.arrow) same.push(`${a} and ${b}`);
      }
    }
    expect(same).toEqual([]);
  });

  it('tells every link type apart by line style and arrowhead alone, for a print in black and white', () => {
    const looks = Object.values(LINK_STYLES).map((style) => `${style.line}/${style.arrow}`);
    expect(new Set(looks).size).toBe(looks.length);
  });
});
