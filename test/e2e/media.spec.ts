import { describe, expect, it } from 'vitest';
import { en as t } from '../../src/lib/strings.ts';
import { TYPE_COLORS } from '../../src/lib/typeColors.ts';
import { videoSeconds } from '../../src/features/share/media/videoTiming.ts';
import { shareDialog } from './embedDriver.ts';
import { useExplorer } from './explorer.ts';
import { decodePng, type Pixels } from './png.ts';

const m = t.media;

/** Pixels within a small distance of an incident type's colour, in rows [0, toRow). */
function typeColourPixels(p: Pixels, toRow: number): number {
  const palette = Object.values(TYPE_COLORS).map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  let hits = 0;
  for (let o = 0; o < toRow * p.width * 4; o += 4) {
    const [r, g, b] = [p.data[o] ?? 0, p.data[o + 1] ?? 0, p.data[o + 2] ?? 0];
    if (palette.some(([pr = 0, pg = 0, pb = 0]) => Math.abs(r - pr) + Math.abs(g - pg) + Math.abs(b - pb) < 12)) hits++;
  }
  return hits;
}

describe('map image, years video and card sizes', () => {
  const app = useExplorer();
  const share = shareDialog(app);
  const violations = () => app.page().evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? []);

  it('downloads the map as a PNG at 2× and at print size, with the marks drawn on the basemap', async () => {
    await app.given.explorerAt('?years=2011-2012', undefined, { waitForMap: false });
    await app.page().evaluate(() => {
      const w = window as { __cspViolations?: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await share.when.openShare();
    const file = await share.when.download(m.mapPng);
    expect(file.filename).toBe('kz-incidents_2011-2012_map.png');
    const png = decodePng(file.bytes);
    expect(png.width).toBe(2400);
    expect(png.height).toBeGreaterThan(1400);
    // The map sits above the key: type colours there are the pies, not the key's swatches.
    expect(typeColourPixels(png, Math.round(png.height * 0.75))).toBeGreaterThan(2000);

    const print = decodePng((await share.when.download(m.mapPrint)).bytes);
    expect(print.width).toBe(3600);
    expect(print.height / print.width).toBeCloseTo(png.height / png.width, 2);
  });

  it('makes a video of the years: a valid MP4 or WebM, as long as the years, with frames that change', async () => {
    await share.when.openShare();
    const started = Date.now();
    // An encode on a loaded machine can outlast the driver's 30 s wait for a download.
    const page = app.page();
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 280_000 }),
      page.getByRole('dialog').getByRole('button', { name: m.makeVideo, exact: true }).click(),
    ]);
    // Read as a stream: a browser the run shares (connected, not launched here) keeps no file path.
    const chunks: Buffer[] = [];
    for await (const chunk of await dl.createReadStream()) chunks.push(chunk as Buffer);
    const file = { filename: dl.suggestedFilename(), bytes: Buffer.concat(chunks) };
    const seconds = (Date.now() - started) / 1000;
    const head = file.bytes.subarray(0, 12);
    const mp4 = head.toString('latin1', 4, 8) === 'ftyp';
    const webm = head.readUInt32BE(0) === 0x1a45dfa3;
    expect(mp4 || webm, `header ${head.toString('hex')}`).toBe(true);
    expect(file.filename).toMatch(new RegExp(`_map-video-1920x1080\\.${mp4 ? 'mp4' : 'webm'}$`));
    console.info(`video of 2 years: ${file.bytes.length} bytes in ${seconds.toFixed(1)} s`);

    // Played back in a page of its own (the explorer's policy has no media-src, and needs none).
    const player = await app.page().context().newPage();
    try {
      const probe = await player.evaluate(
        async ({ b64, type }) => {
          const video = document.createElement('video');
          video.muted = true;
          video.src = `data:${type};base64,${b64}`;
          await new Promise((ok, fail) => {
            video.onloadeddata = ok;
            video.onerror = () => fail(new Error(`the video does not load: ${video.error?.message}`));
          });
          const canvas = document.createElement('canvas');
          canvas.width = 192;
          canvas.height = 108;
          const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
          const frameAt = async (time: number) => {
            video.currentTime = time;
            await new Promise((ok) => (video.onseeked = ok));
            ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
            return [...ctx.getImageData(0, 0, canvas.width, canvas.height).data];
          };
          const a = await frameAt(0.5);
          const b = await frameAt(1.7);
          const diff = a.reduce((n, v, i) => n + Math.abs(v - (b[i] ?? 0)), 0) / a.length;
          return { duration: video.duration, width: video.videoWidth, height: video.videoHeight, diff };
        },
        { b64: file.bytes.toString('base64'), type: mp4 ? 'video/mp4' : 'video/webm' },
      );
      expect([probe.width, probe.height]).toEqual([1920, 1080]);
      // Two years of 1 s each, and the last held 1 s more.
      const expected = 3;
      expect(videoSeconds(2)).toBe(expected);
      expect(probe.duration).toBeGreaterThan(expected * 0.8);
      expect(probe.duration).toBeLessThan(expected * 1.2);
      // 2011 and 2012 differ: the year, its count, the marks and the chart's highlight.
      expect(probe.diff).toBeGreaterThan(0.5);
    } finally {
      await player.close();
    }
  }, 300_000);

  it('downloads each social card size at its size', async () => {
    await share.when.openShareFor(t.share.charts.perYear);
    for (const [key, size] of [
      ['landscape', [1200, 675]],
      ['square', [1080, 1080]],
      ['vertical', [1080, 1920]],
    ] as const) {
      await app
        .page()
        .getByRole('dialog')
        .getByRole('group', { name: m.cardSize })
        .getByLabel(m.cardSizes[key], { exact: true })
        .check();
      const file = await share.when.download(t.share.card);
      const png = decodePng(file.bytes);
      expect([png.width, png.height], key).toEqual(size);
      if (key !== 'landscape') expect(file.filename).toMatch(new RegExp(`-card-${size[0]}x${size[1]}\\.png$`));
    }
  });

  it('breaks no rule of the page’s Content-Security-Policy', async () => {
    expect(await violations()).toEqual([]);
  });
});
