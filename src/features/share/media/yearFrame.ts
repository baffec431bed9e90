/**
 * One frame of the years video: the title, the year large with its count, the map of that
 * year, the per-year chart with the year marked, and the credit and link. A year no report
 * covers says so over a veiled map rather than flashing an empty one.
 */
import type { MapView, YearRow } from '../../../data/deriveView.ts';
import type { CoverageLevel } from '../../../data/datasetSchema.ts';
import { INCIDENT_TYPES, type IncidentType } from '../../../data/vocabulary.ts';
import { t } from '../../../lib/strings.ts';
import { TYPE_COLORS } from '../../../lib/typeColors.ts';
import type { Basemap } from './basemap.ts';
import { drawText, font, INK } from './canvasText.ts';
import { drawMap } from './drawMap.ts';
import { drawLegend } from './legend.ts';
import { drawnCount } from './mapFacts.ts';
import type { Rect } from './projection.ts';
import type { VideoLayout } from './videoLayout.ts';

export interface VideoPlan {
  layout: VideoLayout;
  years: number[];
  rows: ReadonlyMap<number, YearRow>;
  maps: ReadonlyMap<number, MapView>;
  level: (year: number) => CoverageLevel;
  types: readonly IncidentType[];
  mode: 'towns' | 'regions';
  /** One choropleth scale for every year, so a colour means the same count all through. */
  maxRegion: number;
  selectedRegion: string;
  selectedTown: string;
  title: string;
  subtitle: string;
  credit: string[];
  link: string;
  basemap: Basemap;
}

export function drawYearFrame(ctx: CanvasRenderingContext2D, plan: VideoPlan, year: number, ratio: number): void {
  const L = plan.layout;
  const T = L.type;
  ctx.fillStyle = INK.bg;
  ctx.fillRect(0, 0, L.width, L.height);
  let y = drawText(ctx, plan.title, L.head.x, L.head.y - 8, L.head.width, { size: T.title, weight: 700 });
  if (plan.subtitle) drawText(ctx, plan.subtitle, L.head.x, y, L.head.width, { size: T.sub, color: INK.muted });

  const level = plan.level(year);
  const total = plan.rows.get(year)?.total ?? 0;
  ctx.font = font({ size: T.year, weight: 700 });
  ctx.fillStyle = INK.text;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(String(year), L.year.x - T.year * 0.04, L.year.y + T.year * 0.85);
  y = L.year.y + T.year * 0.95;
  const map = plan.maps.get(year);
  if (level === 'none') {
    drawText(ctx, t.media.noReport(year), L.year.x, y, L.year.width, { size: T.count, weight: 700, color: '#8a3b12' });
  } else {
    const drawn = map ? drawnCount(map, plan.mode) : 0;
    y = drawText(ctx, t.media.yearCount(total), L.year.x, y, L.year.width, { size: T.count, weight: 700 });
    // The map draws fewer than the year counts (no place stated, a region only): say how many.
    if (drawn !== total) y = drawText(ctx, t.media.yearCountPlaced(drawn), L.year.x, y, L.year.width, { size: T.small * 1.2 });
    if (level === 'partial') drawText(ctx, t.media.partial, L.year.x, y, L.year.width, { size: T.small, color: INK.muted });
  }

  const empty: MapView = {
    towns: [],
    regionTotals: new Map(),
    regionOnly: new Map(),
    areas: new Map(),
    unstated: 0,
    maxRegion: 0,
    linked: new Map(),
    linkedIncidents: 0,
  };
  drawMap(
    ctx,
    L.map,
    plan.basemap,
    {
      map: map ?? empty,
      mode: plan.mode,
      maxRegion: plan.maxRegion,
      selectedRegion: plan.selectedRegion,
      selectedTown: plan.selectedTown,
    },
    ratio,
  );
  if (level === 'none') veil(ctx, L.map, year, T);

  drawChart(ctx, plan, year, L.chart);

  y = L.foot.y - 6;
  for (const line of [...plan.credit, plan.link]) {
    y = drawText(ctx, line, L.foot.x, y, L.foot.width, {
      size: T.small * 0.72,
      color: line === plan.link ? INK.text : INK.muted,
    });
  }
}

function veil(ctx: CanvasRenderingContext2D, r: Rect, year: number, T: VideoLayout['type']) {
  ctx.fillStyle = 'rgba(255,255,255,0.72)';
  ctx.fillRect(r.x, r.y, r.width, r.height);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = font({ size: T.count * 1.2, weight: 700 });
  ctx.fillStyle = '#8a3b12';
  ctx.fillText(t.media.noReport(year), r.x + r.width / 2, r.y + r.height / 2 - T.count * 0.6);
  ctx.font = font({ size: T.small });
  ctx.fillStyle = INK.text;
  ctx.fillText(t.media.noReportSub, r.x + r.width / 2, r.y + r.height / 2 + T.count * 0.6);
  ctx.textAlign = 'left';
}

function hatch(ctx: CanvasRenderingContext2D, r: Rect) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.width, r.height);
  ctx.clip();
  ctx.fillStyle = '#f1efea';
  ctx.fillRect(r.x, r.y, r.width, r.height);
  ctx.strokeStyle = '#c9c4b8';
  ctx.lineWidth = 1.5;
  for (let d = -r.height; d < r.width; d += 8) {
    ctx.beginPath();
    ctx.moveTo(r.x + d, r.y + r.height);
    ctx.lineTo(r.x + d + r.height, r.y);
    ctx.stroke();
  }
  ctx.restore();
}

/** The per-year chart, stacked by type, the frame's year full strength and the others faded. */
function drawChart(ctx: CanvasRenderingContext2D, plan: VideoPlan, year: number, r: Rect) {
  const T = plan.layout.type;
  const size = T.small * 0.8;
  const y = drawText(ctx, t.media.perYearTitle, r.x, r.y - 6, r.width, { size: T.small, weight: 700 });
  const types = INCIDENT_TYPES.filter((type) => plan.types.includes(type));
  const keys = [
    ...types.map((type) => ({
      label: t.types[type],
      draw: (c: CanvasRenderingContext2D, x: number, yy: number, s: number) => {
        c.fillStyle = TYPE_COLORS[type];
        c.fillRect(x, yy, s, s);
      },
    })),
    {
      label: t.coverage.keyNone,
      draw: (c: CanvasRenderingContext2D, x: number, yy: number, s: number) => hatch(c, { x, y: yy, width: s, height: s }),
    },
  ];
  const keyHeight = drawLegend(null, keys, r.x, 0, r.width, size);
  const labelH = size * 1.6;
  const top = y + size * 1.8;
  const bars: Rect = { x: r.x, y: top, width: r.width, height: r.y + r.height - keyHeight - labelH - top };
  const max = Math.max(1, ...plan.years.map((yr) => plan.rows.get(yr)?.total ?? 0));
  const step = bars.width / plan.years.length;
  const barW = Math.max(2, step * 0.72);
  ctx.strokeStyle = '#d9d6cf';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(bars.x, bars.y + bars.height + 0.5);
  ctx.lineTo(bars.x + bars.width, bars.y + bars.height + 0.5);
  ctx.stroke();
  const labelEvery = step < size * 2.6 ? 2 : 1;
  plan.years.forEach((yr, i) => {
    const x = bars.x + i * step + (step - barW) / 2;
    const current = yr === year;
    if (plan.level(yr) === 'none') {
      hatch(ctx, { x, y: bars.y, width: barW, height: bars.height });
    } else {
      const row = plan.rows.get(yr);
      let top = bars.y + bars.height;
      ctx.globalAlpha = current ? 1 : yr < year ? 0.45 : 0.2;
      for (const type of types) {
        const n = row?.[type] ?? 0;
        if (!n) continue;
        const h = (n / max) * bars.height;
        ctx.fillStyle = TYPE_COLORS[type];
        ctx.fillRect(x, top - h, barW, h);
        top -= h;
      }
      ctx.globalAlpha = 1;
      if (current) {
        ctx.font = font({ size, weight: 700 });
        ctx.fillStyle = INK.text;
        ctx.textAlign = 'center';
        ctx.fillText(String(row?.total ?? 0), x + barW / 2, top - 4);
      }
    }
    if (current) {
      ctx.strokeStyle = INK.text;
      ctx.lineWidth = 2;
      ctx.strokeRect(x - 3, bars.y - size * 1.4, barW + 6, bars.height + size * 1.4 + 3);
    }
    if (i % labelEvery === 0 || current) {
      ctx.font = font({ size, weight: current ? 700 : 400 });
      ctx.fillStyle = current ? INK.text : INK.muted;
      ctx.textAlign = 'center';
      ctx.fillText(String(yr), x + barW / 2, bars.y + bars.height + size * 1.3);
    }
  });
  ctx.textAlign = 'left';
  drawLegend(ctx, keys, r.x, bars.y + bars.height + labelH - size * 0.3, r.width, size);
}
