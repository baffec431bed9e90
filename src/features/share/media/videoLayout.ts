/**
 * Where each part of a video frame goes, for the three sizes people post: side by side
 * (1920×1080), square (1080×1080) and stacked (1080×1920). Pure: the rectangles only.
 */
import { boundsAspect, type Rect } from './projection.ts';
import { KZ_BOUNDS } from '../../map/index.ts';

export const VIDEO_SIZES = {
  landscape: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
  vertical: { width: 1080, height: 1920 },
} as const;
export type VideoSize = keyof typeof VIDEO_SIZES;

export interface VideoLayout {
  width: number;
  height: number;
  /** The title and the selection in words. */
  head: Rect;
  /** The year, large, and its count. */
  year: Rect;
  map: Rect;
  /** The per-year chart with its coverage key. */
  chart: Rect;
  /** The credit and the link. */
  foot: Rect;
  /** The font sizes the frame's text is set in. */
  type: { title: number; sub: number; year: number; count: number; small: number };
}

const PAD = 48;

/** The largest rectangle of Kazakhstan's aspect that fits in `room`, centred in it. */
export function fitAspect(room: Rect, aspect = boundsAspect(KZ_BOUNDS), top = false): Rect {
  const width = Math.min(room.width, room.height * aspect);
  const height = width / aspect;
  return { x: room.x + (room.width - width) / 2, y: room.y + (top ? 0 : (room.height - height) / 2), width, height };
}

export function videoLayout(size: VideoSize): VideoLayout {
  const { width, height } = VIDEO_SIZES[size];
  const inner = width - 2 * PAD;
  if (size === 'landscape') {
    const head = { x: PAD, y: PAD, width: inner, height: 110 };
    const foot = { x: PAD, y: height - PAD - 60, width: inner, height: 60 };
    const bodyY = head.y + head.height + 16;
    const bodyH = foot.y - 16 - bodyY;
    const mapW = Math.round(inner * 0.62);
    const side = { x: PAD + mapW + 32, width: inner - mapW - 32 };
    const year = { x: side.x, y: bodyY, width: side.width, height: 250 };
    const chart = { x: side.x, y: bodyY + year.height + 16, width: side.width, height: bodyH - year.height - 16 };
    const map = fitAspect({ x: PAD, y: bodyY, width: mapW, height: bodyH }, undefined, true);
    return { width, height, head, year, map, chart, foot, type: { title: 34, sub: 22, year: 150, count: 34, small: 18 } };
  }
  if (size === 'square') {
    const head = { x: PAD, y: PAD, width: inner, height: 96 };
    const foot = { x: PAD, y: height - PAD - 54, width: inner, height: 54 };
    const year = { x: PAD, y: head.y + head.height + 8, width: inner, height: 110 };
    const chart = { x: PAD, y: foot.y - 12 - 190, width: inner, height: 190 };
    const mapTop = year.y + year.height + 8;
    const map = fitAspect({ x: PAD, y: mapTop, width: inner, height: chart.y - 12 - mapTop });
    return { width, height, head, year, map, chart, foot, type: { title: 28, sub: 19, year: 84, count: 28, small: 16 } };
  }
  const head = { x: PAD, y: PAD + 40, width: inner, height: 150 };
  const year = { x: PAD, y: head.y + head.height + 24, width: inner, height: 230 };
  const map = fitAspect({ x: PAD, y: year.y + year.height + 24, width: inner, height: 700 });
  const foot = { x: PAD, y: height - PAD - 100, width: inner, height: 100 };
  const chartTop = map.y + map.height + 40;
  const chart = { x: PAD, y: chartTop, width: inner, height: foot.y - 32 - chartTop };
  return { width, height, head, year, map, chart, foot, type: { title: 40, sub: 26, year: 160, count: 38, small: 22 } };
}
