import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/features/share/exportData.ts';
import { exportStrings as s, en as t } from '../../src/lib/strings.ts';
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

  it('CSV, zipped with its README: the header first, a BOM, the selection’s rows, and the credit beside it; GeoJSON with the same ids; PNG at 2× the SVG’s size, SVG parsing with the chart’s title, a 1200×675 card, and alt text from the selection’s data', async () => {
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

    // GeoJSON parses, with the same ids and points where the data has them.
    const geojson = await share.when.download(t.share.geojson);
    const fc = JSON.parse(geojson.text()) as { type: string; attribution: string; features: { id: string; geometry: unknown }[] };
    expect(fc.type, 'GeoJSON').toBe('FeatureCollection');
    expect(fc.attribution, 'GeoJSON credit').toContain('CC BY 4.0');
    expect(fc.features.map((f) => f.id).sort(), 'GeoJSON ids').toEqual(expectedIds());

    // The per-year chart's images, from the same page (a test of its own before issue 14,
    // test/e2e/REMOVED.md): openShareFor closes the dialog and opens it from the chart.
    await share.when.openShareFor(t.share.charts.perYear);
    const svgFile = await share.when.download(t.share.svg);
    const svg = await share.then.parseSvg(svgFile.text());
    expect(svg.ok).toBe(true);
    expect(svg.title).toMatch(
      /^\d+ documented protests or strikes and detentions in Kazakhstan, 20\d\d–20\d\d; \d+ in 2011–2012$/,
    );
    expect(svgFile.filename).toBe('kz-incidents_protest-detention_2011-2012_per-year.svg');
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

    // The alt text is written from the data of the selection.
    const alt = await share.then.altText();
    const total = inYears(...yearBounds).filter((i) => i.type === 'detention' || i.type === 'protest').length;
    expect(alt).toContain(`${total} documented incidents`);
    expect(alt).toContain('Selected: 2011–2012');
  });
});

/** Isolation marks around names and searched words, removed for reading. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const leadingNumber = (text: string | null) => Number(/^(\d+) /.exec(text ?? '')?.[1] ?? NaN);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('images and cards say what they count', () => {
  const app = useExplorer();
  const share = shareDialog(app);

  it('the per-year card of all incidents counts the bars of every year and says "incidents" in Kazakhstan', async () => {
    await app.given.explorerAt('', undefined, { waitForMap: false });
    await share.when.openShareFor(t.share.charts.perYear);
    const card = await share.then.parseSvg((await share.then.imagePreview()).svg);
    const rows = await share.then.explorerTable(t.charts.perYear);
    expect(rows.length).toBeGreaterThan(5);
    expect(leadingNumber(card.title)).toBe(sum(rows.map((r) => Number(r[t.charts.total]))));
    expect(card.title).toMatch(/^\d+ documented incidents in Kazakhstan, 20\d\d–20\d\d$/);
    expect(card.lines.some((l) => /^Data: \d+ incidents coded from 5 reports/.test(l))).toBe(true);
  });

  it('the by-type card of detentions counts its bars and names detentions', async () => {
    await app.given.explorerAt('?types=detention', undefined, { waitForMap: false });
    await share.when.openShareFor(t.share.charts.byType);
    const card = await share.then.parseSvg((await share.then.imagePreview()).svg);
    const n = inYears(...yearBounds).filter((i) => i.type === 'detention').length;
    expect(card.barValues).toEqual([n]);
    expect(card.title).toMatch(new RegExp(`^${n} documented detentions in Kazakhstan, 20\\d\\d–20\\d\\d$`));
    expect(card.lines.find((l) => l.startsWith('Data:'))).toMatch(
      new RegExp(`^Data: ${n} of ${inYears(...yearBounds).length} incidents`),
    );
  });

  it('the top-towns card of one year counts the towns drawn, not the whole selection; an edited title and note go into the image and its alt text', async () => {
    await app.given.explorerAt('?years=2011', undefined, { waitForMap: false });
    await share.when.openShareFor(t.share.charts.topTowns);
    const card = await share.then.parseSvg((await share.then.imagePreview()).svg);
    expect(card.barValues.length).toBeGreaterThan(1);
    expect(leadingNumber(card.title)).toBe(sum(card.barValues));
    expect(sum(card.barValues)).toBeLessThan(await app.then.listCount());
    expect(card.title).toMatch(/^\d+ documented incidents in (the top 10|\d+) towns of Kazakhstan, 2011$/);
    const file = await share.when.download(t.share.card);
    expect(file.filename).toBe('kz-incidents_2011_top-towns-card.png');

    // An edited title and a note go into the image and its alt text.
    await share.when.setImageTitle('Detentions rose before the 2012 trials');
    await share.when.setImageNote('Sent to the UN Special Rapporteur, May 2021');
    await share.when.choosePreview(s.previews.png);
    const preview = await share.then.imagePreview();
    const image = await share.then.parseSvg(preview.svg);
    expect(image.title).toBe('Detentions rose before the 2012 trials');
    expect(image.lines).toContain('Sent to the UN Special Rapporteur, May 2021');
    expect(image.width).toBe(960);
    expect(preview.alt).toMatch(/^Detentions rose before the 2012 trials\. .*Sent to the UN Special Rapporteur, May 2021\.$/);
    expect(await share.then.altText()).toBe(preview.alt);
    expect(image.desc).toBe(preview.alt);
  });
});

describe('with a search, the dialog says what carries it, and every output agrees', () => {
  const app = useExplorer();
  const share = shareDialog(app);
  const q = 'zhanaozen';

  it('the embed cannot carry the search (its note, preview and address agree); images and data carry it and count the same incidents', async () => {
    await app.given.explorerAt(`?years=2011&q=${q}`, undefined, { waitForMap: false });
    await share.when.openShareFor(t.share.charts.topTowns);
    const [embedNote] = (await share.then.searchNotes()).map(plain);
    expect(embedNote).toContain(`cannot carry the text search “${q}”`);
    const withoutSearch = inYears(2011, 2011).length;
    expect(embedNote).toContain(`all ${withoutSearch} incidents`);
    expect(await share.then.embedPreviewCredit()).toContain(`Data: ${withoutSearch} of `);
    expect(await share.then.embedPreviewSrc()).not.toMatch(/[?&]q=/);

    // Images and data carry it: the note, the preview, the alt text and the files count the same incidents.
    const n = await app.then.listCount();
    expect(n).toBeLessThan(inYears(2011, 2011).length);
    const downloadsNote = plain((await share.then.searchNotes())[1] ?? '');
    expect(downloadsNote).toContain(`include the text search “${q}”: they count ${n} incidents`);

    const preview = await share.then.imagePreview();
    const card = await share.then.parseSvg(preview.svg);
    expect(card.lines.map(plain).some((l) => l.includes(`matching “${q}”`))).toBe(true);
    expect(card.lines.find((l) => l.startsWith('Data:'))).toMatch(new RegExp(`^Data: ${n} of `));
    expect(leadingNumber(card.title)).toBe(sum(card.barValues));
    expect(preview.alt).toBe(await share.then.altText());

    const svgFile = await share.when.download(t.share.svg);
    expect(svgFile.filename).toBe(`kz-incidents_2011_search-${q}_top-towns.svg`);
    const image = await share.then.parseSvg(svgFile.text());
    expect(image.desc).toBe(preview.alt);
    expect(image.barValues).toEqual(card.barValues);

    const geo = await share.when.download(t.share.geojson);
    expect(geo.filename).toBe(`kz-incidents_2011_search-${q}.geojson`);
    expect((JSON.parse(geo.text()) as { features: unknown[] }).features).toHaveLength(n);
  });
});
