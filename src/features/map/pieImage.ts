/**
 * Town marks are small pie charts of the incident types, drawn on demand when the map asks
 * for an image it does not have ("styleimagemissing"): the image name encodes the counts,
 * so a mark is drawn once per distinct mix, not once per frame.
 */
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import type { TypeCounts } from '../../data/deriveView.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';

export const PIE_SIZE = 48;
const PREFIX = 'pie:';

export function pieName(counts: TypeCounts): string {
  return PREFIX + INCIDENT_TYPES.map((t) => counts[t]).join(',');
}

export function isPieName(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** RGBA pixels of the pie for an image name made by pieName, at the given pixel ratio. */
export function drawPie(name: string, pixelRatio: number): { width: number; height: number; data: Uint8ClampedArray } | null {
  const counts = name.slice(PREFIX.length).split(',').map(Number);
  if (counts.length !== INCIDENT_TYPES.length || counts.some((n) => !Number.isFinite(n))) return null;
  const size = Math.round(PIE_SIZE * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  const c = size / 2;
  const r = c - 2 * pixelRatio;
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
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}
