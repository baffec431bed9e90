/**
 * Town marks are small pie charts of the incident types with the count in the middle. The
 * image name encodes the counts, so a mark is drawn once per distinct mix, not once per frame:
 * markImages.ts adds the marks a towns source needs before the map asks for them. The count is
 * part of the image rather than a MapLibre text label: a mark is then one quad for the GPU,
 * which matters because the map keeps the marks of every window of years (see mapStyle.ts).
 */
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import type { TypeCounts } from '../../data/deriveView.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';

const PREFIX = 'pie:';
/** The font of the count: the page's self-hosted Noto Sans, loaded before the map draws. */
export const PIE_FONT = '11px "Noto Sans", sans-serif';

/** A mark's diameter in CSS pixels: its area grows with the count, up to 67 px. */
export function pieDiameter(total: number): number {
  return Math.min(67, 14 + 6 * Math.sqrt(total));
}

export function pieName(counts: TypeCounts): string {
  return PREFIX + INCIDENT_TYPES.map((t) => counts[t]).join(',');
}

let shared: CanvasRenderingContext2D | null | undefined;
/**
 * The one canvas every mark is drawn on, cleared for it: at 100k incidents the map needs
 * thousands of marks (a town's mix differs in every window of years) as it loads. Read back on
 * the CPU (`willReadFrequently`): a GPU canvas made each readback wait for the GPU. The canvas
 * only grows: setting its size reallocates it, and a resize per mark made the readback after it
 * cost twice as much.
 */
function canvasOf(width: number, height: number): CanvasRenderingContext2D | null {
  shared ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!shared) return null;
  const canvas = shared.canvas;
  // Setting the size clears the canvas and resets its drawing state.
  if (canvas.width < width || canvas.height < height) {
    canvas.width = Math.max(width, canvas.width);
    canvas.height = Math.max(height, canvas.height);
  } else shared.clearRect(0, 0, width, height);
  return shared;
}

export function isPieName(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** A mark's pixels, as MapLibre's addImage takes them. */
export interface MarkPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A mark to draw: its square's side in device pixels, and how to paint it at the origin. */
interface Mark {
  size: number;
  paint: (ctx: CanvasRenderingContext2D) => void;
}

function pieMark(name: string, pixelRatio: number): Mark | null {
  const counts = name.slice(PREFIX.length).split(',').map(Number);
  if (counts.length !== INCIDENT_TYPES.length || counts.some((n) => !Number.isFinite(n))) return null;
  const sum = counts.reduce((a, b) => a + b, 0);
  const total = sum || 1;
  const size = Math.round(pieDiameter(sum) * pixelRatio);
  const paint = (ctx: CanvasRenderingContext2D) => {
    const c = size / 2;
    const r = c - pixelRatio;
    let angle = -Math.PI / 2;
    INCIDENT_TYPES.forEach((type, i) => {
      const n = counts[i] ?? 0;
      if (n === 0) return;
      const next = angle + (n / total) * Math.PI * 2;
      ctx.beginPath();
      ctx.moveTo(c, c);
      ctx.arc(c, c, r, angle, next);
      ctx.closePath();
      ctx.fillStyle = TYPE_COLORS[type];
      ctx.fill();
      angle = next;
    });
    // A white ring and a pale centre keep the count legible on any slice colour.
    ctx.beginPath();
    ctx.arc(c, c, r, 0, Math.PI * 2);
    ctx.lineWidth = 2 * pixelRatio;
    ctx.strokeStyle = '#fff';
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(c, c, r * 0.45, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fill();
    paintCount(ctx, sum, c, pixelRatio);
  };
  return { size, paint };
}

const RING_PREFIX = 'ring:';
/** The colour of a linked-town ring: dark, so the hollow mark reads on land and on a pie. */
export const RING_COLOR = '#3b3b3b';

/** The name of the hollow ring that counts a town's linked incidents. */
export function ringName(linked: number): string {
  return RING_PREFIX + linked;
}

export function isRingName(name: string): boolean {
  return name.startsWith(RING_PREFIX);
}

/** A ring's diameter: a little smaller than a pie of the same count, so the pie stays the main mark. */
export function ringDiameter(linked: number): number {
  return Math.round(pieDiameter(linked) * 0.85);
}

/**
 * A hollow ring with the count of linked incidents: no fill, so that it does not read as
 * incidents placed in the town, and a white halo so that it reads over a pie or the land.
 */
function ringMark(name: string, pixelRatio: number): Mark | null {
  const n = Number(name.slice(RING_PREFIX.length));
  if (!Number.isInteger(n) || n <= 0) return null;
  const size = Math.round(ringDiameter(n) * pixelRatio);
  const paint = (ctx: CanvasRenderingContext2D) => {
    const c = size / 2;
    const r = c - 2.5 * pixelRatio;
    ctx.beginPath();
    ctx.arc(c, c, r, 0, Math.PI * 2);
    ctx.lineWidth = 4.5 * pixelRatio;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.stroke();
    ctx.lineWidth = 2 * pixelRatio;
    ctx.setLineDash([3 * pixelRatio, 2 * pixelRatio]);
    ctx.strokeStyle = RING_COLOR;
    ctx.stroke();
    ctx.setLineDash([]);
    paintCount(ctx, n, c, pixelRatio);
  };
  return { size, paint };
}

/** The count in the middle of a mark, haloed in white so it reads on any colour. */
function paintCount(ctx: CanvasRenderingContext2D, n: number, c: number, pixelRatio: number): void {
  ctx.font = PIE_FONT.replace('11px', `${11 * pixelRatio}px`);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3 * pixelRatio;
  ctx.strokeStyle = '#fff';
  ctx.strokeText(String(n), c, c);
  ctx.fillStyle = '#111';
  ctx.fillText(String(n), c, c);
}

/** Where drawMarks puts each mark on the shared canvas: in rows, left to right, a pixel apart. */
export function packMarks<T extends { size: number }>(items: readonly T[], width: number): (T & { x: number; y: number })[] {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  return items.map((item) => {
    if (x > 0 && x + item.size > width) {
      y += rowHeight + 1;
      x = 0;
      rowHeight = 0;
    }
    const placed = { ...item, x, y };
    x += item.size + 1;
    rowHeight = Math.max(rowHeight, item.size);
    return placed;
  });
}

/** Copies the `size`×`size` square at (x, y) out of RGBA pixels `width` wide. */
export function cutSquare(pixels: Uint8ClampedArray, width: number, x: number, y: number, size: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(size * size * 4);
  for (let row = 0; row < size; row++) {
    const from = ((y + row) * width + x) * 4;
    out.set(pixels.subarray(from, from + size * 4), row * size * 4);
  }
  return out;
}

/** The side of the canvas drawMarks packs marks on (device pixels). */
const SHEET = 1024;

/**
 * The marks packed (packMarks) into sheets of at most SHEET rows, each with the marks' places
 * on it and its width and height: as narrow as its marks, so one mark reads back only itself.
 */
export function sheetsOf<T extends { size: number }>(
  items: readonly T[],
): { marks: (T & { x: number; y: number })[]; width: number; height: number }[] {
  const width = Math.max(SHEET, ...items.map((m) => m.size));
  const sheets: { marks: (T & { x: number; y: number })[]; width: number; height: number }[] = [];
  let top = 0;
  for (const m of packMarks(items, width)) {
    const sheet = sheets.at(-1);
    const placed = { ...m, y: m.y - top };
    if (sheet && placed.y + m.size <= SHEET) sheet.marks.push(placed);
    else {
      top = m.y;
      sheets.push({ marks: [{ ...m, y: 0 }], width: 0, height: 0 });
    }
  }
  for (const sheet of sheets) {
    sheet.width = Math.max(...sheet.marks.map((m) => m.x + m.size));
    sheet.height = Math.max(...sheet.marks.map((m) => m.y + m.size));
  }
  return sheets;
}

/**
 * Each pie and ring named, drawn side by side on the shared canvas and read back once per
 * sheet: a readback per mark cost 0.2 ms (it makes the canvas draw what it has queued), most
 * of the map's main-thread work as it loads at 100k incidents, where the towns of every window
 * of years need 1,400 marks. Each mark is clipped to its square, so its pixels are those
 * drawMark gives alone (within a few levels on antialiased edges). Names that are not a
 * mark's are left out.
 */
export function drawMarks(names: Iterable<string>, pixelRatio: number): Map<string, MarkPixels> {
  const marks: { name: string; size: number; paint: Mark['paint'] }[] = [];
  for (const name of names) {
    const mark = isPieName(name) ? pieMark(name, pixelRatio) : isRingName(name) ? ringMark(name, pixelRatio) : null;
    if (mark) marks.push({ name, ...mark });
  }
  const out = new Map<string, MarkPixels>();
  for (const { marks: sheet, width, height } of sheetsOf(marks)) {
    const ctx = canvasOf(width, height);
    if (!ctx) break;
    for (const { x, y, size, paint } of sheet) {
      ctx.save();
      ctx.translate(x, y);
      ctx.beginPath();
      ctx.rect(0, 0, size, size);
      ctx.clip();
      paint(ctx);
      ctx.restore();
    }
    const pixels = ctx.getImageData(0, 0, width, height).data;
    for (const { name, x, y, size } of sheet)
      out.set(name, { width: size, height: size, data: cutSquare(pixels, width, x, y, size) });
  }
  return out;
}

/** RGBA pixels of one pie or ring (a name made by pieName or ringName), at the given pixel ratio; null for another name. */
export function drawMark(name: string, pixelRatio: number): MarkPixels | null {
  return drawMarks([name], pixelRatio).get(name) ?? null;
}
