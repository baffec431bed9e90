import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/features/share/exportData.ts';
import { en as t } from '../../src/lib/strings.ts';
import { decodePng } from './png.ts';
import { shareDialog } from './embedDriver.ts';
import { inYears, yearBounds } from './data.ts';
import { useExplorer } from './explorer.ts';

describe('share dialog downloads', () => {
  const app = useExplorer();
  const share = shareDialog(app);
  const query = '?years=2011-2012&types=detention,protest';
  const expectedIds = () =>
    inYears(2011, 2012)
      .filter((i) => i.type === 'detention' || i.type === 'protest')
      .map((i) => i.id)
      .sort();

  it('CSV, zipped with its README: the header first, a BOM, the selection’s rows, and the credit beside it', async () => {
    await app.given.explorerAt(query, undefined, { waitForMap: false });
    await share.when.openShare();
    const file = await share.when.download(/^CSV/);
    expect(file.filename).toMatch(/-csv\.zip$/);
    const files = unzipSync(new Uint8Array(file.bytes));
    const csvName = Object.keys(files).find((name) => name.endsWith('.csv'));
    expect(Object.keys(files).sort()).toEqual(['README.txt', csvName].sort());
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[csvName!]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.id).sort()).toEqual(expectedIds());
    expect(await app.then.listCount()).toBe(parsed.data.length);
    for (const row of parsed.data) {
      expect(row.sources, row.id).toMatch(/\d{3}_[0-9a-f]{16}\.txt, lines? \d+/);
      expect(['detention', 'protest']).toContain(row.type);
    }
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toMatch(/CC BY 4\.0/);
    expect(readme).toContain('years=2011-2012');
    for (const period of ['2009 to April 2010', 'October 2014 to March 2019']) expect(readme).toContain(period);
  });

  it('GeoJSON parses, with the same ids and points where the data has them', async () => {
    const file = await share.when.download(t.share.geojson);
    const fc = JSON.parse(file.text()) as { type: string; attribution: string; features: { id: string; geometry: unknown }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.attribution).toContain('CC BY 4.0');
    expect(fc.features.map((f) => f.id).sort()).toEqual(expectedIds());
  });

  it('PNG at 2× the SVG’s size, SVG parsing with the chart’s title, and a 1200×675 card', async () => {
    await share.when.openShareFor(t.share.charts.perYear);
    const svgFile = await share.when.download(t.share.svg);
    const svg = await share.then.parseSvg(svgFile.text());
    expect(svg.ok).toBe(true);
    expect(svg.title).toBe(t.charts.perYear);
    expect(svgFile.text()).toContain(await share.then.altText());
    expect(svg.width).toBe(960);

    const png = decodePng((await share.when.download(t.share.png)).bytes);
    expect([png.width, png.height]).toEqual([svg.width * 2, svg.height * 2]);
    // Not a blank image: the chart's bars are in it.
    const distinct = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      distinct.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(distinct.size).toBeGreaterThan(5);

    const card = decodePng((await share.when.download(t.share.card)).bytes);
    expect([card.width, card.height]).toEqual([1200, 675]);
  });

  it('the alt text is written from the data of the selection', async () => {
    const alt = await share.then.altText();
    const total = inYears(...yearBounds).filter((i) => i.type === 'detention' || i.type === 'protest').length;
    expect(alt).toContain(`${total} documented incidents`);
    expect(alt).toContain('Selected: 2011–2012');
  });
});
