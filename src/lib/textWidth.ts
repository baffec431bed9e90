/** The family every drawing uses: Noto Sans, self-hosted (see main.tsx). */
export const FONT_FAMILY = 'Noto Sans';

let measureCtx: CanvasRenderingContext2D | null = null;

/** The width in CSS pixels of one line of text in Noto Sans, measured on a canvas (no page layout). */
export function textWidth(text: string, size: number, weight = 400): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * size * 0.55;
  measureCtx.font = `${weight} ${size}px "${FONT_FAMILY}", sans-serif`;
  return measureCtx.measureText(text).width;
}

/** The text, cut at a character and ended with "…" if it is wider than `max` pixels. */
export function fitText(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  // By code point, so that a character outside the BMP (an emoji) is never cut in half.
  const chars = Array.from(text);
  const head = (n: number) => chars.slice(0, n).join('');
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${head(mid)}…`, size) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${head(lo).trimEnd()}…`;
}
