import { MAP_FONT_FAMILY } from '../map/map-style';

let context: CanvasRenderingContext2D | null = null;

/** Width of a line of text at a font size, measured with the font the page prints in. */
export function textWidth(text: string, fontSize: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.6;
  context.font = `${fontSize}px ${MAP_FONT_FAMILY}`;
  return context.measureText(text).width;
}
