/**
 * What the five reports cover, year by year. Every count the app shows is a count of what
 * these documents happen to report, and they cover the years very unevenly; a year no report
 * covers has no data, which is not the same as no incidents. The pipeline derives the table
 * (deriveCoverage) and writes it to public/data/coverage.json; the app reads it back and asks
 * it about a selection of years (coverageOf).
 */
import type { CoverageLevel, DocumentCoverage, Source, YearCoverage } from './datasetSchema.ts';

export interface CoveringDocument {
  doc: string;
  coverage: DocumentCoverage;
}

/** A record as far as coverage cares: its date and the documents that report it. */
export interface DatedRecord {
  date: string;
  sources: readonly Source[];
}

const ORDER: Record<YearCoverage['docs'][number]['how'], number> = { annual: 0, period: 1, passing: 2 };

/**
 * For every year from `years[0]` to `years[1]`: the documents whose period includes some of
 * it (`annual` when an annual review spans the whole year, `period` otherwise), and those
 * that report events of it outside their period (`passing`). The year is `full` when an
 * annual review covers it, `partial` when any document does, `none` otherwise.
 */
export function deriveCoverage(
  documents: readonly CoveringDocument[],
  records: readonly DatedRecord[],
  years: [number, number],
): YearCoverage[] {
  const reported = new Map<number, Set<string>>();
  for (const r of records) {
    const year = Number(r.date.slice(0, 4));
    const docs = reported.get(year) ?? new Set<string>();
    for (const s of r.sources) docs.add(s.doc);
    reported.set(year, docs);
  }
  const out: YearCoverage[] = [];
  for (let year = years[0]; year <= years[1]; year++) {
    const docs: YearCoverage['docs'] = [];
    for (const { doc, coverage: c } of documents) {
      if (c.from <= `${year}-12` && c.to >= `${year}-01`) {
        const whole = c.kind === 'annual' && c.from <= `${year}-01` && c.to >= `${year}-12`;
        docs.push({ doc, how: whole ? 'annual' : 'period' });
      } else if (reported.get(year)?.has(doc)) {
        docs.push({ doc, how: 'passing' });
      }
    }
    docs.sort((a, b) => ORDER[a.how] - ORDER[b.how] || (a.doc < b.doc ? -1 : 1));
    const level: CoverageLevel = docs.some((d) => d.how === 'annual') ? 'full' : docs.length > 0 ? 'partial' : 'none';
    out.push({ year, level, docs });
  }
  return out;
}

/** What a range of years is covered by, in the terms the app's sentences need. */
export interface RangeCoverage {
  /** Years no document covers. */
  none: number[];
  /** Years only partly covered (selected events, or a mention in passing). */
  partial: number[];
  /** Years an annual review covers. */
  full: number[];
  /** True when every year of the range has the same level: the years can be compared. */
  even: boolean;
}

/** A year the table does not list (outside the timeline) counts as not covered. */
export function levelOf(table: ReadonlyMap<number, YearCoverage>, year: number): CoverageLevel {
  return table.get(year)?.level ?? 'none';
}

export function coverageOf(table: ReadonlyMap<number, YearCoverage>, from: number, to: number): RangeCoverage {
  const r: RangeCoverage = { none: [], partial: [], full: [], even: true };
  for (let y = from; y <= to; y++) r[levelOf(table, y)].push(y);
  r.even = [r.none, r.partial, r.full].filter((l) => l.length > 0).length <= 1;
  return r;
}

/** Consecutive years as ranges: [2013, 2014, 2016] → [[2013, 2014], [2016, 2016]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}
