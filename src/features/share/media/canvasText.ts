/**
 * Text on the image and video canvases: the page's self-hosted Noto Sans, wrapped at spaces
 * to a width, haloed or plain. Text from the data is drawn with fillText, never parsed.
 */
import { FONT_FAMILY } from '../../../lib/textWidth.ts';
import { wrap } from '../exportImage.ts';

export const INK = { text: '#1d1d1b', muted: '#5c5a55', bg: '#ffffff' };

export interface TextStyle {
  size: number;
  weight?: number;
  color?: string;
  italic?: boolean;
}

export function font({ size, weight = 400, italic }: TextStyle): string {
  return `${italic ? 'italic ' : ''}${weight} ${size}px "${FONT_FAMILY}", sans-serif`;
}

/** The lines `text` wraps to within `max` pixels. */
export function textLines(text: string, style: TextStyle, max: number): string[] {
  return wrap(text, style.size, max, style.weight);
}

/** The height of `text` wrapped to `max`, at a line height of 1.25. */
export function textHeight(text: string, style: TextStyle, max: number): number {
  return textLines(text, style, max).length * style.size * 1.25;
}

/** Draws `text` wrapped to `max` from the top `y`; returns the y under its last line. */
export function drawText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  max: number,
  style: TextStyle,
): number {
  ctx.font = font(style);
  ctx.fillStyle = style.color ?? INK.text;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  // Words the reader typed or the data holds take their direction from their own first strong character.
  ctx.direction = 'ltr';
  for (const line of textLines(text, style, max)) {
    y += style.size * 1.25;
    ctx.fillText(line, x, y - style.size * 0.28);
  }
  return y;
}

/** Makes sure both weights of the font are in before anything is measured or drawn. */
export async function fontsReady(): Promise<void> {
  await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 16px "${FONT_FAMILY}"`)));
}
