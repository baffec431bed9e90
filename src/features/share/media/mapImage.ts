/**
 * The map as a PNG: title, the selection in words, the coverage note, the map drawn from the
 * basemap and the view's counts (drawMap.ts), its key, the counts the map cannot draw, and
 * the data and map credits. Laid out in logical pixels 1200 wide and drawn at a fixed scale,
 * so the same selection makes the same file on any device.
 */
import type { View } from '../../../data/deriveView.ts';
import type { Dataset } from '../../../data/Incident.ts';
import { t } from '../../../lib/strings.ts';
import type { Selection } from '../../../data/Selection.ts';
import { KZ_BOUNDS } from '../../map/index.ts';
import { exportHeadline, exportSubject, exportSubtitle } from '../exportLabels.ts';
import { coverageNote, exportCredit } from '../exportFiles.ts';
import type { Basemap } from './basemap.ts';
import { drawText, INK, textHeight } from './canvasText.ts';
import { drawMap } from './drawMap.ts';
import { drawLegend, legendKeys } from './legend.ts';
import { notOnMapLines } from './mapFacts.ts';
import { boundsAspect } from './projection.ts';

export const MAP_IMAGE_WIDTH = 1200;
/** Screens: 2× (2400 px wide). Print: 3× (3600 px, 30 cm at 300 dpi). */
export const MAP_IMAGE_SCALES = { screen: 2, print: 3 } as const;
const PAD = 24;

export interface MapImageInput {
  data: Dataset;
  view: View;
  selection: Selection;
  link: string;
  basemap: Basemap;
}

export interface MapImageText {
  title: string;
  subtitle: string;
  coverage: string;
  notOnMap: string[];
  credit: string[];
}

export function mapImageText({ data, view, selection, link }: Omit<MapImageInput, 'basemap'>): MapImageText {
  const subject = exportSubject('map', view, selection, data);
  const mode = selection.mapMode === 'regions' ? t.map.regions : t.map.towns;
  const lines = notOnMapLines(view.map, selection.mapMode, selection.precise);
  return {
    title: exportHeadline(subject),
    subtitle: [t.media.mapSubtitle(mode.toLowerCase()), exportSubtitle(subject)].filter(Boolean).join(' · '),
    coverage: coverageNote(data, subject),
    notOnMap: lines.length ? [`${t.media.notOnMap}: ${lines.join(' · ')}`] : [],
    credit: [...exportCredit(data, subject), t.map.credit, link],
  };
}

/** Lays the image out (ctx null) or draws it; returns its height in logical pixels. */
function compose(ctx: CanvasRenderingContext2D | null, input: MapImageInput, text: MapImageText, scale: number): number {
  const inner = MAP_IMAGE_WIDTH - 2 * PAD;
  const put = (s: string, y: number, style: Parameters<typeof drawText>[5]) =>
    ctx ? drawText(ctx, s, PAD, y, inner, style) : y + textHeight(s, style, inner);
  let y = PAD - 6;
  y = put(text.title, y, { size: 26, weight: 700 });
  if (text.subtitle) y = put(text.subtitle, y + 2, { size: 15, color: INK.muted });
  if (text.coverage) y = put(text.coverage, y + 2, { size: 13, color: INK.muted });
  y += 10;
  const mapHeight = Math.round(inner / boundsAspect(KZ_BOUNDS)) + 16;
  const sel = input.selection;
  if (ctx) {
    drawMap(
      ctx,
      { x: PAD, y, width: inner, height: mapHeight },
      input.basemap,
      {
        map: input.view.map,
        mode: sel.mapMode,
        maxRegion: input.view.map.maxRegion,
        selectedRegion: sel.place?.kind === 'region' ? sel.place.id : '',
        selectedTown: sel.place?.kind === 'town' ? sel.place.id : '',
      },
      scale,
    );
  }
  y += mapHeight + 4;
  const lead = sel.mapMode === 'regions' ? t.media.legendRegions : t.media.legendPies;
  y = put(`${lead}:`, y, { size: 13 });
  y = drawLegend(ctx, legendKeys(sel.mapMode, sel.types, input.view.map.maxRegion), PAD, y - 4, inner, 13);
  for (const line of text.notOnMap) y = put(line, y + 2, { size: 13 });
  y += 8;
  for (const line of text.credit) y = put(line, y, { size: 11, color: line === text.credit.at(-1) ? INK.text : INK.muted });
  return Math.ceil(y + PAD - 8);
}

/** The map image on a canvas of `scale` times its logical size. */
export function drawMapImage(input: MapImageInput, scale: number): HTMLCanvasElement {
  const text = mapImageText(input);
  const height = compose(null, input, text, scale);
  const canvas = document.createElement('canvas');
  canvas.width = MAP_IMAGE_WIDTH * scale;
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = INK.bg;
  ctx.fillRect(0, 0, MAP_IMAGE_WIDTH, height);
  compose(ctx, input, text, scale);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG encoder gave nothing'))), 'image/png'),
  );
}
