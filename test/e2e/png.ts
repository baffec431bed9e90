/**
 * Just enough of a PNG decoder to read back Chromium's screenshots (8-bit RGB or RGBA,
 * not interlaced), so the specs can look at what the map canvas drew.
 */
import { inflateSync } from 'node:zlib';
import { TYPE_COLORS } from '../../src/lib/typeColors.ts';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

export function decodePng(buf: Buffer): Pixels {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colour = body[9];
      const interlace = body[12];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const cur = new Uint8Array(stride);
  const prev = new Uint8Array(stride);
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (cur[i - channels] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const x = line[i] ?? 0;
      let v: number;
      switch (filter) {
        case 0:
          v = x;
          break;
        case 1:
          v = x + a;
          break;
        case 2:
          v = x + b;
          break;
        case 3:
          v = x + ((a + b) >> 1);
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default:
          throw new Error(`bad PNG filter ${filter}`);
      }
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      out[o] = cur[px * channels] ?? 0;
      out[o + 1] = cur[px * channels + 1] ?? 0;
      out[o + 2] = cur[px * channels + 2] ?? 0;
      out[o + 3] = channels === 4 ? (cur[px * channels + 3] ?? 0) : 255;
    }
    prev.set(cur);
  }
  return { width, height, data: out };
}

export function pixel(p: Pixels, x: number, y: number): [number, number, number] {
  const o = (Math.round(y) * p.width + Math.round(x)) * 4;
  return [p.data[o] ?? 0, p.data[o + 1] ?? 0, p.data[o + 2] ?? 0];
}

/** Distinct colours, each channel rounded to 8 levels so antialiasing noise does not count. */
export function distinctColours(p: Pixels): number {
  const seen = new Set<number>();
  for (let o = 0; o < p.data.length; o += 4) {
    seen.add((((p.data[o] ?? 0) >> 5) << 6) | (((p.data[o + 1] ?? 0) >> 5) << 3) | ((p.data[o + 2] ?? 0) >> 5));
  }
  return seen.size;
}

const rgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const PALETTE = Object.values(TYPE_COLORS).map(rgb);
const near = (a: [number, number, number], b: [number, number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 24;

/** Pixels in an incident type's colour on a ring 5–9 px from (x, y), around a mark's printed count. */
export function markPixels(shot: Pixels, x: number, y: number): number {
  let hits = 0;
  for (let dy = -9; dy <= 9; dy++) {
    for (let dx = -9; dx <= 9; dx++) {
      const r2 = dx * dx + dy * dy;
      if (r2 < 25 || r2 > 81) continue;
      if (PALETTE.some((p) => near(pixel(shot, x + dx, y + dy), p))) hits++;
    }
  }
  return hits;
}

/** Pixels anywhere in the image in an incident type's colour. */
export function typeColourPixels(shot: Pixels): number {
  let hits = 0;
  for (let o = 0; o < shot.data.length; o += 4) {
    const c: [number, number, number] = [shot.data[o] ?? 0, shot.data[o + 1] ?? 0, shot.data[o + 2] ?? 0];
    if (PALETTE.some((p) => near(c, p))) hits++;
  }
  return hits;
}

/** markPixels of a drawn mark: the smallest pie is 20 px across, so its ring is mostly colour. */
export const MARKED = 20;
