/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2002/2008): eight colours chosen
 * to stay apart for people with protanopia, deuteranopia and tritanopia. Countries and link
 * types take their colours from it; tests/unit/renderer/palette.test.ts simulates the three
 * deficiencies and checks every pair. Yellow (#F0E442) is left out of lines: 1.2:1 on white.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermilion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** A light grey for the "part of" links that tie units to their parent: present, not loud. */
export const STRUCTURE_GREY = '#AAAAAA';

/**
 * A dark grey for merged lines of several link types: a count of links, not one kind of tie.
 * Lighter greys come within 10 ΔE00 of the bluish green under deuteranopia (palette.test.ts).
 */
export const MIXED_GREY = '#4D4D4D';
