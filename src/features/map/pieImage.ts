/**
 * Town marks are small pie charts of the incident types with the count in the middle, drawn
 * on demand when the map asks for an image it does not have: the image name encodes the
 * counts, so a mark is drawn once per distinct mix, not once per frame. The count is part
 * of the image rather than a MapLibre text label: a mark is then one quad for the GPU, which
 * matters because the map keeps the marks of every window of years (see mapStyle.ts).
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
 * The one canvas every mark is drawn on, in its top left corner, cleared for it: at 100k
 * incidents the map asks for thousands of marks (a town's mix differs in every window of years)
 * as it loads. Read back on the CPU (`willReadFrequently`): a GPU canvas made each readback wait
 * for the GPU. The canvas only grows: setting its size reallocates it, and a resize per mark
 * made the readback after it cost twice as much (0.1 ms a mark, 0.5 s at 100k).
 */
function canvasOf(size: number): CanvasRenderingContext2D | null {
  shared ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!shared) return null;
  const canvas = shared.canvas;
  // Setting the size clears the canvas and resets its drawing state.
  if (canvas.width < size || canvas.height < size) canvas.width = canvas.height = Math.max(size, canvas.width);
  else {
    shared.clearRect(0, 0, size, size);
    // The one state a mark's drawing leaves set and the next one does not set again.
    shared.lineJoin = 'miter';
  }
  return shared;
}

export function isPieName(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** RGBA pixels of the pie for an image name made by pieName, at the given pixel ratio. */
export function drawPie(name: string, pixelRatio: number): { width: number; height: number; data: Uint8ClampedArray } | null {
  const counts = name.slice(PREFIX.length).split(',').map(Number);
  if (counts.length !== INCIDENT_TYPES.length || counts.some((n) => !Number.isFinite(n))) return null;
  const sum = counts.reduce((a, b) => a + b, 0);
  const total = sum || 1;
  const size = Math.round(pieDiameter(sum) * pixelRatio);
  const ctx = canvasOf(size);
  if (!ctx) return null;
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
  return drawCount(ctx, sum, c, size, pixelRatio);
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
export function drawRing(name: string, pixelRatio: number): { width: number; height: number; data: Uint8ClampedArray } | null {
  const n = Number(name.slice(RING_PREFIX.length));
  if (!Number.isInteger(n) || n <= 0) return null;
  const size = Math.round(ringDiameter(n) * pixelRatio);
  const ctx = canvasOf(size);
  if (!ctx) return null;
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
  return drawCount(ctx, n, c, size, pixelRatio);
}

/** The count in the middle of a mark, haloed in white so it reads on any colour; then the image. */
function drawCount(ctx: CanvasRenderingContext2D, n: number, c: number, size: number, pixelRatio: number) {
  ctx.font = PIE_FONT.replace('11px', `${11 * pixelRatio}px`);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3 * pixelRatio;
  ctx.strokeStyle = '#fff';
  ctx.strokeText(String(n), c, c);
  ctx.fillStyle = '#111';
  ctx.fillText(String(n), c, c);
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}
