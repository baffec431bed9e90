// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCounts, type MapView, type YearRow } from '../../../../../src/data/deriveView.ts';
import { INCIDENT_TYPES } from '../../../../../src/data/vocabulary.ts';
import { videoLayout } from '../../../../../src/features/share/media/videoLayout.ts';
import { drawYearFrame, type VideoPlan } from '../../../../../src/features/share/media/yearFrame.ts';
import { en as t } from '../../../../../src/lib/strings.ts';

/** A 2D context that records the text drawn and does nothing else. */
function recordingContext(): { ctx: CanvasRenderingContext2D; texts: string[] } {
  const texts: string[] = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key === 'fillText') return (text: string) => texts.push(text);
      if (key === 'measureText') return (text: string) => ({ width: text.length * 8 });
      if (key in target) return target[key];
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts };
}

const empty = { type: 'FeatureCollection', features: [] } as const;
const row = (year: number, detention: number): YearRow => ({ year, total: detention, ...emptyCounts(), detention });
const mapOf = (n: number): MapView => ({
  towns: n ? [{ id: 'almaty', name: 'Almaty', lon: 77, lat: 43, total: n, byType: { ...emptyCounts(), detention: n } }] : [],
  regionTotals: new Map(),
  regionOnly: new Map(),
  areas: new Map(),
  unstated: 0,
  maxRegion: 0,
  linked: new Map(),
  linkedIncidents: 0,
});

function plan(): VideoPlan {
  return {
    layout: videoLayout('landscape'),
    years: [2012, 2013],
    rows: new Map([
      [2012, row(2012, 9)],
      [2013, row(2013, 0)],
    ]),
    maps: new Map([
      [2012, mapOf(9)],
      [2013, mapOf(0)],
    ]),
    level: (y) => (y === 2013 ? 'none' : 'full'),
    types: INCIDENT_TYPES,
    mode: 'towns',
    maxRegion: 0,
    selectedRegion: '',
    selectedTown: '',
    title: 'Title',
    subtitle: '',
    credit: ['Credit'],
    link: 'https://example.org/',
    basemap: { neighbours: empty, regions: empty, labels: empty } as unknown as VideoPlan['basemap'],
  };
}

describe('drawYearFrame', () => {
  // jsdom has no canvas: text is measured by its fallback and the marks are left out.
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = () => null;
  });

  it('writes the year large and the count its bar draws', () => {
    const { ctx, texts } = recordingContext();
    drawYearFrame(ctx, plan(), 2012, 1);
    expect(texts).toContain('2012');
    expect(texts).toContain(t.media.yearCount(9));
    expect(texts.some((s) => s.includes(t.media.noReport(2012)))).toBe(false);
  });

  it('says that no report covers a year rather than showing it empty or as zero', () => {
    const { ctx, texts } = recordingContext();
    drawYearFrame(ctx, plan(), 2013, 1);
    expect(texts.filter((s) => s === t.media.noReport(2013)).length).toBeGreaterThanOrEqual(1);
    expect(texts).toContain(t.media.noReportSub);
    expect(texts).not.toContain(t.media.yearCount(0));
  });
});
