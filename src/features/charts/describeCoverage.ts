/**
 * What the reports cover, in words: the sentences that keep a count from being read as a
 * total or a trend. Used by the charts' descriptions, the timeline, the empty states, the
 * embeds and the exported images, so that all of them say the same.
 */
import { coverageOf, yearRuns, type RangeCoverage } from '../../data/coverage.ts';
import type { Dataset } from '../../data/Incident.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { t } from '../../lib/strings.ts';
import { isolate } from '../../lib/isolate.tsx';

/** "2009–2010, 2014" */
export function formatYearList(years: readonly number[]): string {
  return yearRuns(years)
    .map(([a, b]) => formatYears(a, b))
    .join(', ');
}

/** The coverage of one year: "2011: HRW World Report 2012 (events of 2011), annual review." */
export function describeYearCoverage(data: Dataset, year: number): string {
  const c = t.coverage;
  const entry = data.coverage.get(year);
  if (!entry || entry.docs.length === 0) return c.noneAt(String(year));
  const docs = entry.docs.map((d) => `${isolate(data.sources.get(d.doc)?.short ?? d.doc)}, ${c.how[d.how]}`);
  return c.year(year, docs.join('; '));
}

/**
 * The note a count of `from`–`to` needs: which years the reports cover fully, partly or not
 * at all, and that counts are documented incidents. Uneven coverage adds that the years cannot
 * be read as a trend.
 */
export function describeRangeCoverage(data: Dataset, from: number, to: number): string {
  const c = t.coverage;
  const r = coverageOf(data.coverage, from, to);
  const years = formatYears(from, to);
  if (r.none.length === to - from + 1) return c.noneAt(years);
  if (r.even && from === to) return `${r.full.length ? c.oneFull(years) : c.onePartial(years)} ${c.notTotals}`;
  if (r.even) return `${r.full.length ? c.allFull(years) : c.allPartial(years)} ${c.notTotals}`;
  return `${c.uneven(unevenParts(r))} ${c.notTrend}`;
}

function unevenParts(r: RangeCoverage): string[] {
  const c = t.coverage;
  const parts: string[] = [];
  if (r.full.length) parts.push(c.fullPart(formatYearList(r.full)));
  if (r.partial.length) parts.push(c.partialPart(formatYearList(r.partial)));
  if (r.none.length) parts.push(c.nonePart(formatYearList(r.none)));
  return parts;
}

/**
 * What an empty result means: when some selected years no report covers, the lack of
 * incidents is a lack of data there ("No report covers 2013: no data, not no incidents.").
 * Null when every selected year is covered: then nothing matched.
 */
export function describeEmptyCoverage(data: Dataset, from: number, to: number): string | null {
  const c = t.coverage;
  const r = coverageOf(data.coverage, from, to);
  return r.none.length ? c.noneAt(formatYearList(r.none)) : null;
}

/**
 * What a view with nothing to show says: no data, when no report covers any of the years;
 * otherwise that nothing matched (`nothing`), and which of the years no report covers.
 */
export function describeEmpty(data: Dataset, from: number, to: number, nothing: string = t.charts.none): string {
  const c = t.coverage;
  const r = coverageOf(data.coverage, from, to);
  if (r.none.length === 0) return nothing;
  const note = c.noneAt(formatYearList(r.none));
  return r.none.length === to - from + 1 ? note : `${nothing} ${note}`;
}
