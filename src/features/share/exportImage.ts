/**
 * Chart images for print and social media, made in the page: the chart's SVG drawing is
 * framed with its title, subtitle, colour key, credit and link into one SVG document (with
 * its text alternative as <title>/<desc>, and the font inside it), which becomes a PNG
 * through a canvas. Every text goes in as a text node: nothing from the data is parsed.
 */
import notoRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import notoCyrillicRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import notoCyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import notoCyrillicExtRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import notoCyrillicExtBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import { t } from '../../lib/strings.ts';
import { FONT_FAMILY, textWidth } from '../../lib/textWidth.ts';

const FONT = FONT_FAMILY;

export interface ImageSpec {
  width: number;
  /** The headline: written from the data, or the advocate's own; the document's <title>. */
  title: string;
  /** Bigger headline, for the social media card. */
  big?: boolean;
  /** The chart's name and what the headline leaves out of the selection (types, search). */
  subtitle: string;
  /** The advocate's one line of note; empty for none. */
  note: string;
  /** What the reports cover of the years drawn; empty when there is nothing to say. */
  coverage: string;
  /** Colour key entries, for stacked charts. */
  keys: { label: string; color: string }[];
  /** The chart's own drawing, at `width - 2 * PAD` wide. */
  chart: SVGSVGElement;
  /** The text alternative: the image's <desc>, and its alt text wherever it is used. */
  description: string;
  credit: string[];
  link: string;
  /** Fixed height (the social card), the chart shrunk to fit; otherwise as tall as the content. */
  height?: number;
}

const PAD = 24;
const COLORS = { bg: '#ffffff', text: '#1d1d1b', muted: '#5c5a55' };

const fontCss = new Map<boolean, Promise<string>>();

/**
 * The two weights of Noto Sans as data: URLs, so the file draws the same anywhere; in
 * Russian and Kazakh with its Cyrillic subsets too (Kazakh letters are in cyrillic-ext),
 * which an English image does without (58 KB).
 */
function embeddedFonts(): Promise<string> {
  const cyrillic = t.lang !== 'en';
  // Each subset with its Unicode range (as @fontsource's own CSS gives them), so that every
  // character is drawn from the subset that has it.
  const latin =
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
  const cyr = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
  const cyrExt = 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';
  const faces: [string, number, string | null][] = [
    [notoRegular, 400, cyrillic ? latin : null],
    [notoBold, 700, cyrillic ? latin : null],
  ];
  if (cyrillic)
    faces.push(
      [notoCyrillicRegular, 400, cyr],
      [notoCyrillicBold, 700, cyr],
      [notoCyrillicExtRegular, 400, cyrExt],
      [notoCyrillicExtBold, 700, cyrExt],
    );
  const cached = fontCss.get(cyrillic);
  if (cached) return cached;
  const css = Promise.all(
    faces.map(async ([url, weight, range]) => {
      const bytes = new Uint8Array(await (await fetch(String(url))).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:'${FONT}';font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')${range ? `;unicode-range:${range}` : ''}}`;
    }),
  ).then((rules) => rules.join(''));
  fontCss.set(cyrillic, css);
  return css;
}

/** Breaks text into lines no wider than `max` pixels, at spaces. */
export function wrap(text: string, size: number, max: number, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The SVG namespace, read from a drawn chart rather than written out here. */
let SVG_NS = '';

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The frame's text, set out: each line where it goes, the key's swatches, and where the chart starts. */
interface FrameLayout {
  texts: { text: string; attrs: Record<string, string | number> }[];
  swatches: { x: number; y: number; color: string }[];
  /** Where the chart's top goes. */
  chartY: number;
  /** The credit and link lines, drawn from the foot up: their height with the padding. */
  footer: number;
}

type FrameText = Omit<ImageSpec, 'chart' | 'description'>;

function layoutFrame(spec: FrameText): FrameLayout {
  const inner = spec.width - 2 * PAD;
  const texts: FrameLayout['texts'] = [];
  const swatches: FrameLayout['swatches'] = [];
  let y = PAD;
  const lines = (
    text: string,
    size: number,
    opts: { weight?: number; color?: string; gap?: number; italic?: boolean; free?: boolean } = {},
  ) => {
    for (const line of wrap(text, size, inner, opts.weight)) {
      y += size * 1.25;
      const attrs: Record<string, string | number> = {
        x: PAD,
        y,
        'font-size': size,
        'font-weight': opts.weight ?? 400,
        fill: opts.color ?? COLORS.text,
      };
      if (opts.italic) attrs['font-style'] = 'italic';
      // Words the reader typed take their direction from their own first strong character.
      if (opts.free) attrs['unicode-bidi'] = 'plaintext';
      texts.push({ text: line, attrs });
    }
    y += opts.gap ?? 0;
  };
  lines(spec.title, spec.big ? 36 : 22, { weight: 700, gap: 2, free: true });
  if (spec.subtitle) lines(spec.subtitle, 15, { color: COLORS.muted });
  if (spec.note) lines(spec.note, 15, { italic: true, free: true });
  if (spec.coverage) lines(spec.coverage, 13, { color: COLORS.muted });
  y += 8;

  if (spec.keys.length) {
    let x = PAD;
    y += 14;
    for (const key of spec.keys) {
      const w = 12 + 5 + textWidth(key.label, 12) + 14;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += 18;
      }
      swatches.push({ x, y: y - 10, color: key.color });
      texts.push({ text: key.label, attrs: { x: x + 17, y, 'font-size': 12, fill: COLORS.text } });
      x += w;
    }
    y += 10;
  }
  const chartY = y;

  const footerLines = [...spec.credit, spec.link].reduce((n, c) => n + Math.max(1, wrap(c, 11, inner).length), 0);
  const footer = footerLines * 11 * 1.25 + PAD;
  return { texts, swatches, chartY, footer };
}

/**
 * The height a card leaves its chart between the text above and the credit below, so the
 * chart can be drawn to fit it rather than shrunk into it.
 */
export function chartRoom(spec: FrameText & { height: number }): number {
  const { chartY, footer } = layoutFrame(spec);
  return spec.height - chartY - footer - 6;
}

/** The framed chart as a standalone SVG document. */
export async function composeSvg(spec: ImageSpec): Promise<SVGSVGElement> {
  SVG_NS = spec.chart.namespaceURI ?? '';
  const inner = spec.width - 2 * PAD;
  // createElementNS makes the serializer write the xmlns declaration.
  const svg = el('svg', { role: 'img', 'font-family': `'${FONT}', sans-serif` });
  svg.append(el('title', {}, spec.title), el('desc', {}, spec.description));
  const style = el('style', {});
  style.textContent = await embeddedFonts();
  svg.append(style);
  const bg = el('rect', { x: 0, y: 0, width: spec.width, fill: COLORS.bg });
  svg.append(bg);

  const layout = layoutFrame(spec);
  for (const sw of layout.swatches) svg.append(el('rect', { x: sw.x, y: sw.y, width: 12, height: 12, rx: 2, fill: sw.color }));
  for (const text of layout.texts) svg.append(el('text', text.attrs, text.text));
  let y = layout.chartY;

  const chart = spec.chart.cloneNode(true) as SVGSVGElement;
  const drawnHeight = Number(chart.getAttribute('height')) || spec.chart.getBoundingClientRect().height;
  const drawnWidth = Number(chart.getAttribute('width')) || inner;
  const room = spec.height ? spec.height - y - layout.footer - 6 : drawnHeight;
  // A card has a fixed size: a chart drawn too tall for it is shrunk rather than cut.
  const chartHeight = Math.max(80, Math.min(drawnHeight, room));
  chart.setAttribute('viewBox', `0 0 ${drawnWidth} ${drawnHeight}`);
  chart.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  // A chart shorter than a card's room (a few ranked bars) sits in the middle of it.
  if (spec.height) y += Math.max(0, (room - chartHeight) / 2);
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(inner));
  chart.setAttribute('height', String(chartHeight));
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  svg.append(chart);
  y += chartHeight + 6;
  // On a card the credit sits at the foot, however tall the chart came out.
  if (spec.height) y = Math.max(y, spec.height - layout.footer);

  for (const c of [...spec.credit, spec.link]) {
    for (const line of wrap(c, 11, inner)) {
      y += 11 * 1.25;
      const color = c === spec.link ? COLORS.text : COLORS.muted;
      svg.append(el('text', { x: PAD, y, 'font-size': 11, 'font-weight': 400, fill: color }, line));
    }
  }
  y += PAD - 6;

  const height = spec.height ?? Math.ceil(y);
  svg.setAttribute('width', String(spec.width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${spec.width} ${height}`);
  bg.setAttribute('height', String(height));
  return svg;
}

export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** Draws the SVG onto a canvas `scale` times its size and encodes it as PNG. */
export async function svgToPng(svg: SVGSVGElement, scale: number): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG encoder gave nothing'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
