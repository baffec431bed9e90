/**
 * `npm run icons`: draws the home-screen icons of the web app manifest (vite.config.ts) into
 * public/icons/: a pie of three incident-type colours on the explorer's accent blue, as the
 * map draws a town. Drawn here, pixel by pixel, so the icons are our own and need no image
 * tool. The output is deterministic: same code, same bytes.
 *
 * - icon-192.png, icon-512.png   purpose "any": the pie on a rounded square.
 * - maskable-512.png             purpose "maskable": full-bleed blue, the pie inside the
 *   safe zone (the middle 80%), which Android may crop to a circle or a squircle.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../../public/icons');

type Rgba = readonly [number, number, number, number];
const hex = (h: string): Rgba => [
  Number.parseInt(h.slice(1, 3), 16),
  Number.parseInt(h.slice(3, 5), 16),
  Number.parseInt(h.slice(5, 7), 16),
  255,
];
const CLEAR: Rgba = [0, 0, 0, 0];
const ACCENT = hex('#2b5c8a'); // --accent in src/styles.css, and the manifest's theme colour
const WHITE = hex('#ffffff');
// Three of the type colours (src/lib/typeColors.ts): detention, protest, journalist attack.
const SLICES: readonly { colour: Rgba; share: number }[] = [
  { colour: hex('#332288'), share: 0.45 },
  { colour: hex('#DDCC77'), share: 0.3 },
  { colour: hex('#CC6677'), share: 0.25 },
];

/** The colour at (x, y) of an icon `size` px wide, sampled 4×4 times per pixel for smooth edges. */
function draw(size: number, maskable: boolean): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const c = size / 2;
  const pieR = size * (maskable ? 0.3 : 0.34);
  const ringR = pieR + size * 0.035;
  const corner = size * 0.18;
  const inSquare = (x: number, y: number) => {
    if (maskable) return true;
    const dx = Math.max(corner - x, 0, x - (size - corner));
    const dy = Math.max(corner - y, 0, y - (size - corner));
    return dx * dx + dy * dy <= corner * corner;
  };
  const colourAt = (x: number, y: number): Rgba => {
    if (!inSquare(x, y)) return CLEAR;
    const dx = x - c;
    const dy = y - c;
    const r = Math.hypot(dx, dy);
    if (r > ringR) return ACCENT;
    if (r > pieR) return WHITE;
    // Clockwise from twelve o'clock, as the map's pies are drawn.
    const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
    let start = 0;
    for (const s of SLICES) {
      if (turn < start + s.share) return s.colour;
      start += s.share;
    }
    return SLICES.at(-1)?.colour ?? ACCENT;
  };
  const N = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let j = 0; j < N; j++) {
        for (let i = 0; i < N; i++) {
          const col = colourAt(x + (i + 0.5) / N, y + (j + 0.5) / N);
          // Premultiplied, so transparent samples do not darken the edge.
          for (let k = 0; k < 3; k++) sum[k] = (sum[k] ?? 0) + (col[k] ?? 0) * (col[3] / 255);
          sum[3] = (sum[3] ?? 0) + col[3];
        }
      }
      const alpha = (sum[3] ?? 0) / (N * N);
      const at = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) px[at + k] = alpha > 0 ? Math.round(((sum[k] ?? 0) / (N * N)) * (255 / alpha)) : 0;
      px[at + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG, every row unfiltered. */
function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
] as const) {
  writeFileSync(resolve(OUT, name), draw(size, maskable));
  console.log(`public/icons/${name}`);
}
