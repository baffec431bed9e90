/**
 * The map image and the years video, made on the reader's device when asked for: this module
 * and what it imports (the drawing, Mediabunny, gifenc) load only then (MediaSection.tsx
 * imports it dynamically), so the explorer's first load does not carry them.
 */
import { levelOf } from '../../../data/coverage.ts';
import type { MapView, View, YearRow } from '../../../data/deriveView.ts';
import type { Dataset } from '../../../data/Incident.ts';
import { t } from '../../../lib/strings.ts';
import type { Selection } from '../../../data/Selection.ts';
import { exportHeadline, exportSubject, exportSubtitle } from '../exportLabels.ts';
import { exportCredit, exportFileName } from '../exportFiles.ts';
import { loadBasemap } from './basemap.ts';
import { fontsReady } from './canvasText.ts';
import { encodeGif, encodeVideo, type Encoded, type Progress } from './encodeVideo.ts';
import { canvasToPng, drawMapImage, MAP_IMAGE_SCALES } from './mapImage.ts';
import { videoLayout, type VideoSize } from './videoLayout.ts';
import { FPS, HOLD_SECONDS, SECONDS_PER_YEAR, videoSchedule, videoSeconds } from './videoTiming.ts';
import { drawYearFrame, type VideoPlan } from './yearFrame.ts';

export interface MediaInput {
  data: Dataset;
  view: (sel: Selection) => View;
  selection: Selection;
  link: string;
}

/** "kz-incidents_2011-2012_map.png" → "kz-incidents_2011-2012_map-print.png". */
function withPart(name: string, part: string): string {
  return name.replace(/\.(\w+)$/, `-${part}.$1`);
}

export async function makeMapPng(input: MediaInput, kind: keyof typeof MAP_IMAGE_SCALES): Promise<{ blob: Blob; name: string }> {
  const [basemap] = await Promise.all([loadBasemap(), fontsReady()]);
  const view = input.view(input.selection);
  const canvas = drawMapImage({ ...input, view, basemap }, MAP_IMAGE_SCALES[kind]);
  const name = exportFileName(exportSubject('map', view, input.selection, input.data), 'png');
  return { blob: await canvasToPng(canvas), name: kind === 'print' ? withPart(name, 'print') : name };
}

async function videoPlan(input: MediaInput, size: VideoSize): Promise<VideoPlan> {
  const [basemap] = await Promise.all([loadBasemap(), fontsReady()]);
  const sel = input.selection;
  const view = input.view(sel);
  const years: number[] = [];
  for (let y = sel.from; y <= sel.to; y++) years.push(y);
  const rows = new Map<number, YearRow>(
    view.perYear.filter((r) => r.year >= sel.from && r.year <= sel.to).map((r) => [r.year, r]),
  );
  const maps = new Map<number, MapView>(years.map((y) => [y, input.view({ ...sel, from: y, to: y }).map]));
  const subject = exportSubject('data', view, sel, input.data);
  // The headline counts what the chart draws: the sum of its bars.
  const count = [...rows.values()].reduce((n, r) => n + r.total, 0);
  return {
    layout: videoLayout(size),
    years,
    rows,
    maps,
    level: (y) => levelOf(input.data.coverage, y),
    types: sel.types,
    mode: sel.mapMode,
    maxRegion: Math.max(0, ...[...maps.values()].map((m) => m.maxRegion)),
    selectedRegion: sel.place?.kind === 'region' ? sel.place.id : '',
    selectedTown: sel.place?.kind === 'town' ? sel.place.id : '',
    title: exportHeadline({ ...subject, count }),
    subtitle: [exportSubtitle(subject), t.coverage.notTotals].filter(Boolean).join(' · '),
    credit: [...exportCredit(input.data, subject), t.map.credit],
    link: input.link,
    basemap,
  };
}

function yearCanvas(plan: VideoPlan): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = plan.layout.width;
  canvas.height = plan.layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  return [canvas, ctx];
}

export interface MadeFile extends Encoded {
  name: string;
  frames: number;
  seconds: number;
}

/** The years video: each year SECONDS_PER_YEAR, faded in over the one before, the last held. */
export async function makeVideo(input: MediaInput, size: VideoSize, p: Progress): Promise<MadeFile> {
  const plan = await videoPlan(input, size);
  const schedule = videoSchedule(plan.years.length);
  // Two year frames at a time: the one showing and the one fading in.
  let [prev, prevCtx] = yearCanvas(plan);
  let [cur, curCtx] = yearCanvas(plan);
  let drawnYear = -1;
  const encoded = await encodeVideo(
    {
      width: plan.layout.width,
      height: plan.layout.height,
      times: schedule,
      fps: FPS,
      draw(ctx, i) {
        const frame = schedule[i];
        if (!frame) return;
        if (frame.year !== drawnYear) {
          [prev, cur] = [cur, prev];
          [prevCtx, curCtx] = [curCtx, prevCtx];
          drawYearFrame(curCtx, plan, plan.years[frame.year] ?? 0, 1);
          drawnYear = frame.year;
        }
        ctx.globalAlpha = 1;
        if (frame.fade < 1) {
          ctx.drawImage(prev, 0, 0);
          ctx.globalAlpha = frame.fade;
        }
        ctx.drawImage(cur, 0, 0);
        ctx.globalAlpha = 1;
      },
    },
    p,
  );
  const subject = exportSubject('map', input.view(input.selection), input.selection, input.data);
  const { width, height } = plan.layout;
  return {
    ...encoded,
    name: withPart(exportFileName(subject, encoded.ext), `video-${width}x${height}`),
    frames: schedule.length,
    seconds: videoSeconds(plan.years.length),
  };
}

/** The years as an animated GIF: one still per year, the last held. */
export async function makeGif(input: MediaInput, size: VideoSize, p: Progress): Promise<MadeFile> {
  const plan = await videoPlan(input, size);
  const n = plan.years.length;
  const encoded = await encodeGif(
    {
      width: plan.layout.width,
      height: plan.layout.height,
      stills: n,
      draw(ctx, i) {
        drawYearFrame(ctx, plan, plan.years[i] ?? 0, 1);
        return (SECONDS_PER_YEAR + (i === n - 1 ? HOLD_SECONDS : 0)) * 1000;
      },
    },
    p,
  );
  const subject = exportSubject('map', input.view(input.selection), input.selection, input.data);
  const { width, height } = plan.layout;
  return {
    ...encoded,
    name: withPart(exportFileName(subject, 'gif'), `video-${width}x${height}`),
    frames: n,
    seconds: n * SECONDS_PER_YEAR + HOLD_SECONDS,
  };
}
