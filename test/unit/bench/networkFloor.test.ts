import { describe, expect, it } from 'vitest';
import { networkFloor, waterfallDepths } from '../../../bench/networkFloor.ts';
import type { RequestRecord } from '../../../bench/ExplorerSession.ts';

const req = (path: string, startMs: number, endMs: number, transferredBytes = 1000): RequestRecord => ({
  path,
  startMs,
  endMs,
  transferredBytes,
});

// The explorer's waterfall: page → entry script and stylesheet → font and data worker → data.
const page = req('index.html', 0, 200);
const entry = req('assets/index.js', 210, 900, 100_000);
const css = req('assets/index.css', 210, 400);
const font = req('assets/noto.woff2', 450, 800, 20_000);
const worker = req('assets/datasetWorker.js', 950, 1300);
const data = req('data/incidents.geojson', 1350, 2500, 200_000);
const sources = req('data/sources.json', 1350, 1700);

describe('waterfallDepths', () => {
  it('puts a request one level below the page, script or stylesheet that finished last before it started', () => {
    const depths = waterfallDepths([data, font, page, entry, css, worker, sources]);
    expect([page, entry, css, font, worker, data, sources].map((r) => depths.get(r))).toEqual([1, 2, 2, 3, 3, 4, 4]);
  });

  it('never makes a font or a data file the parent of a later request', () => {
    // The data file ends just before the next request starts, but cannot have asked for it.
    const late = req('assets/later.js', 2600, 2700);
    expect(waterfallDepths([page, entry, css, worker, data, late]).get(late)).toBe(4);
  });
});

describe('networkFloor', () => {
  const network = { latencyMs: 150, downloadBytesPerSecond: 200_000, uploadBytesPerSecond: 90_000 };

  it('adds the wanted bytes over the bandwidth to one round trip per level', () => {
    const all = [page, entry, css, font, worker, data, sources];
    const floor = networkFloor(all, (r) => r !== font, network);
    const bytes = 1000 + 100_000 + 1000 + 1000 + 200_000 + 1000;
    expect(floor.transferredBytes).toBe(bytes);
    expect(floor.roundTrips).toBe(4);
    expect(floor.floorMs).toBe(Math.round((bytes / 200_000) * 1000 + 4 * 150));
  });

  it('counts the levels of the files left out, so a deep chain of wanted files keeps its depth', () => {
    // Only the data is wanted, but it still sits four levels down the waterfall.
    expect(networkFloor([page, entry, css, worker, data], (r) => r === data, network).roundTrips).toBe(4);
  });
});
