/**
 * The map drawn on a 2D canvas, from the basemap GeoJSON and a view's counts, with the
 * interactive map's own colours, pies and rings (mapStyle.ts, pieImage.ts). No WebGL and no
 * read-back of the screen's map: the same selection draws the same pixels on every device,
 * at any size, and the video draws it once per year.
 */
import type { Geometry, Position } from 'geojson';
import type { MapView } from '../../../data/deriveView.ts';
import {
  choroplethClass,
  CHOROPLETH,
  COLORS,
  drawMark,
  KZ_BOUNDS,
  pieDiameter,
  pieName,
  ringDiameter,
  ringName,
  ringOffset,
} from '../../map/index.ts';
import { FONT_FAMILY } from '../../../lib/textWidth.ts';
import type { Basemap } from './basemap.ts';
import { fitMercator, type Projection, type Rect } from './projection.ts';

export interface MapDrawing {
  map: MapView;
  mode: 'towns' | 'regions';
  /** The largest region count the choropleth's classes are cut from (the video keeps one for all years). */
  maxRegion: number;
  selectedRegion: string;
  selectedTown: string;
}

type Ctx = CanvasRenderingContext2D;

function tracePolygon(ctx: Ctx, rings: Position[][], project: Projection) {
  for (const ring of rings) {
    ring.forEach(([lon, lat], i) => {
      const [x, y] = project(lon ?? 0, lat ?? 0);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.closePath();
  }
}

function trace(ctx: Ctx, geometry: Geometry, project: Projection) {
  ctx.beginPath();
  if (geometry.type === 'Polygon') tracePolygon(ctx, geometry.coordinates, project);
  else if (geometry.type === 'MultiPolygon') for (const p of geometry.coordinates) tracePolygon(ctx, p, project);
}

const marks = new Map<string, HTMLCanvasElement>();

/** A pie or ring of pieImage.ts as a canvas, drawn once per mix of counts and pixel ratio. */
function markCanvas(name: string, ratio: number): HTMLCanvasElement | null {
  const key = `${name}@${ratio}`;
  const cached = marks.get(key);
  if (cached) return cached;
  const img = drawMark(name, ratio);
  if (!img) return null;
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  marks.set(key, canvas);
  return canvas;
}

function haloText(ctx: Ctx, text: string, x: number, y: number, color: string, halo: number) {
  ctx.lineJoin = 'round';
  ctx.lineWidth = halo * 2;
  ctx.strokeStyle = COLORS.halo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/**
 * Draws the map into `room` (logical pixels) of a context whose transform scales logical
 * pixels by `ratio`. Marks are drawn at that ratio so they stay sharp.
 */
export function drawMap(ctx: Ctx, room: Rect, base: Basemap, d: MapDrawing, ratio: number): void {
  const project = fitMercator(KZ_BOUNDS, room, 8);
  ctx.save();
  ctx.beginPath();
  ctx.rect(room.x, room.y, room.width, room.height);
  ctx.clip();
  ctx.fillStyle = COLORS.water;
  ctx.fillRect(room.x, room.y, room.width, room.height);

  for (const f of base.neighbours.features) {
    trace(ctx, f.geometry, project);
    ctx.fillStyle = COLORS.neighbour;
    ctx.fill('evenodd');
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = COLORS.border;
    ctx.stroke();
  }
  const regions = base.regions.features;
  for (const f of regions) {
    const id = f.properties.admin1 ?? '';
    trace(ctx, f.geometry, project);
    const cls = d.mode === 'regions' ? choroplethClass(d.map.regionTotals.get(id) ?? 0, d.maxRegion) : 0;
    ctx.fillStyle = cls > 0 ? (CHOROPLETH[cls] ?? COLORS.region) : COLORS.region;
    ctx.fill('evenodd');
    if (d.mode === 'towns' && (d.map.regionOnly.get(id) ?? 0) > 0) {
      ctx.globalAlpha = 0.12;
      ctx.fillStyle = COLORS.regionOnly;
      ctx.fill('evenodd');
      ctx.globalAlpha = 1;
    }
  }
  for (const f of regions) {
    trace(ctx, f.geometry, project);
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = COLORS.regionLine;
    ctx.stroke();
  }
  if (d.mode === 'towns') {
    ctx.setLineDash([4, 3]);
    ctx.globalAlpha = 0.9;
    for (const f of regions) {
      if ((d.map.regionOnly.get(f.properties.admin1 ?? '') ?? 0) === 0) continue;
      trace(ctx, f.geometry, project);
      ctx.lineWidth = 2;
      ctx.strokeStyle = COLORS.regionOnly;
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
  for (const f of regions) {
    if (!d.selectedRegion || f.properties.admin1 !== d.selectedRegion) continue;
    trace(ctx, f.geometry, project);
    ctx.lineWidth = 3;
    ctx.strokeStyle = COLORS.selected;
    ctx.stroke();
  }

  // Marks grow with the map beyond the screen's usual 800 px, so that they read at the same share of it.
  const k = Math.min(1.6, Math.max(1, room.width / 800));
  const towns = d.mode === 'towns' ? townMarks(d, project, k) : [];
  drawLabels(ctx, base, project, towns);
  drawTowns(ctx, towns, ratio * k);
  ctx.restore();
}

function drawLabels(ctx: Ctx, base: Basemap, project: Projection, marks: TownMark[]) {
  // A town's name is left out where a mark covers it, rather than drawn half hidden.
  const taken: Rect[] = marks.map((m) => ({ x: m.x - m.size / 2, y: m.y - m.size / 2, width: m.size, height: m.size }));
  const free = (r: Rect) =>
    !taken.some((o) => r.x < o.x + o.width && o.x < r.x + r.width && r.y < o.y + o.height && o.y < r.y + r.height);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const cities = base.labels.features
    .filter((f) => f.properties.kind === 'city' && f.geometry.type === 'Point')
    .sort((a, b) => (a.properties.rank ?? 3) - (b.properties.rank ?? 3));
  for (const f of cities) {
    if (f.geometry.type !== 'Point') continue;
    const [x, y] = project(f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0);
    ctx.beginPath();
    ctx.arc(x, y, 2, 0, Math.PI * 2);
    ctx.fillStyle = '#777';
    ctx.fill();
    const size = f.properties.rank === 1 ? 13 : f.properties.rank === 2 ? 11.5 : 10.5;
    ctx.font = `400 ${size}px "${FONT_FAMILY}", sans-serif`;
    const name = f.properties.name ?? '';
    const w = ctx.measureText(name).width;
    // A town with a mark on it has its name under the mark, so the pie keeps its town's name.
    const mark = marks.find((m) => Math.hypot(m.x - x, m.y - y) < m.size / 2);
    const top = mark ? mark.y + mark.size / 2 + 2 : y + 4;
    const box = { x: x - w / 2, y: top, width: w, height: size * 1.2 };
    if (!free(box)) continue;
    taken.push(box);
    haloText(ctx, name, x, top, '#555', 1.2);
  }
  ctx.textBaseline = 'middle';
  ctx.font = `400 13px "${FONT_FAMILY}", sans-serif`;
  ctx.letterSpacing = '2px';
  for (const f of base.labels.features) {
    if (f.properties.kind === 'city' || f.geometry.type !== 'Point') continue;
    const [x, y] = project(f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0);
    haloText(ctx, (f.properties.name ?? '').toUpperCase(), x, y, f.properties.kind === 'water' ? '#4d7a96' : '#8a857a', 1);
  }
  ctx.letterSpacing = '0px';
}

interface TownMark {
  name: string;
  x: number;
  y: number;
  size: number;
  selected: boolean;
}

/** Where each mark goes, rings (drawn first, under every pie) then pies, biggest first as MapView lists them. */
function townMarks(d: MapDrawing, project: Projection, k: number): TownMark[] {
  const totals = new Map(d.map.towns.map((town) => [town.id, town.total]));
  const rings = [...d.map.linked.values()].map((l) => {
    const [x, y] = project(l.lon, l.lat);
    const [dx, dy] = ringOffset(totals.get(l.id) ?? 0, l.count);
    return { name: ringName(l.count), x: x + dx * k, y: y + dy * k, size: ringDiameter(l.count) * k, selected: false };
  });
  const pies = d.map.towns.map((town) => {
    const [x, y] = project(town.lon, town.lat);
    return { name: pieName(town.byType), x, y, size: pieDiameter(town.total) * k, selected: town.id === d.selectedTown };
  });
  return [...rings, ...pies];
}

function drawTowns(ctx: Ctx, marks: TownMark[], ratio: number) {
  for (const mark of marks) {
    const img = markCanvas(mark.name, ratio);
    if (!img) continue;
    const size = img.width / ratio;
    ctx.drawImage(img, mark.x - size / 2, mark.y - size / 2, size, size);
    if (mark.selected) {
      ctx.beginPath();
      ctx.arc(mark.x, mark.y, 4 + mark.size / 2, 0, Math.PI * 2);
      ctx.lineWidth = 3;
      ctx.strokeStyle = COLORS.selected;
      ctx.stroke();
    }
  }
}
