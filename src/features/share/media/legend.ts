/** The map's colour key on a canvas: the types of the pies, or the choropleth's classes. */
import { INCIDENT_TYPES, type IncidentType } from '../../../data/vocabulary.ts';
import { t } from '../../../lib/strings.ts';
import { textWidth } from '../../../lib/textWidth.ts';
import { TYPE_COLORS } from '../../../lib/typeColors.ts';
import { CHOROPLETH, choroplethLegend, COLORS, RING_COLOR } from '../../map/index.ts';
import { font, INK } from './canvasText.ts';

interface Key {
  label: string;
  draw: (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => void;
}

const swatch =
  (color: string, outline = false) =>
  (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => {
    ctx.fillStyle = color;
    ctx.fillRect(x, y, s, s);
    if (outline) {
      ctx.lineWidth = 1;
      ctx.strokeStyle = '#bbb';
      ctx.strokeRect(x + 0.5, y + 0.5, s - 1, s - 1);
    }
  };

export function legendKeys(mode: 'towns' | 'regions', types: readonly IncidentType[], maxRegion: number): Key[] {
  if (mode === 'regions') {
    return [
      { label: '0', draw: swatch(COLORS.region, true) },
      ...choroplethLegend(maxRegion).map((s) => ({ label: `${s.from}+`, draw: swatch(CHOROPLETH[s.class] ?? COLORS.region) })),
    ];
  }
  return [
    ...INCIDENT_TYPES.filter((type) => types.includes(type)).map((type) => ({
      label: t.types[type],
      draw: swatch(TYPE_COLORS[type]),
    })),
    {
      label: t.map.legendRegionOnly,
      draw: (ctx, x, y, s) => {
        ctx.globalAlpha = 0.12;
        ctx.fillStyle = COLORS.regionOnly;
        ctx.fillRect(x, y, s, s);
        ctx.globalAlpha = 1;
        ctx.setLineDash([3, 2]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = COLORS.regionOnly;
        ctx.strokeRect(x + 1, y + 1, s - 2, s - 2);
        ctx.setLineDash([]);
      },
    },
    {
      label: t.media.legendRing,
      draw: (ctx, x, y, s) => {
        ctx.beginPath();
        ctx.arc(x + s / 2, y + s / 2, s / 2 - 1, 0, Math.PI * 2);
        ctx.setLineDash([3, 2]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = RING_COLOR;
        ctx.stroke();
        ctx.setLineDash([]);
      },
    },
  ];
}

/** Draws the keys in rows within `max` from (x, y); returns the y under the last row. Null ctx only measures. */
export function drawLegend(
  ctx: CanvasRenderingContext2D | null,
  keys: Key[],
  x: number,
  y: number,
  max: number,
  size: number,
): number {
  const s = Math.round(size * 1.05);
  const row = size * 1.7;
  let cx = x;
  y += row;
  for (const key of keys) {
    const w = s + 6 + textWidth(key.label, size) + size * 1.3;
    if (cx > x && cx + w > x + max) {
      cx = x;
      y += row;
    }
    if (ctx) {
      key.draw(ctx, cx, y - s, s);
      ctx.font = font({ size });
      ctx.fillStyle = INK.text;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(key.label, cx + s + 6, y - 1);
    }
    cx += w;
  }
  return y + size * 0.5;
}
