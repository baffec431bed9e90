/** The credit lines every chart, embed and download carries: who reported, who coded, whose map. */
import type { Dataset } from '../data/Incident.ts';
import { DATA_UPDATED } from './dataVersion.ts';
import { isolate } from './isolate.tsx';
import { t } from './strings.ts';

/** "Human Rights Watch and others": the publishers of the reports, the best known first. */
function publishers(data: Dataset): string[] {
  const counts = new Map<string, number>();
  for (const s of data.sources.values()) {
    if (/unknown/i.test(s.publisher)) continue;
    counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => isolate(p));
}

function publishedYears(data: Dataset): string {
  const years = [...data.sources.values()].map((s) => Number(s.published.slice(0, 4))).filter((y) => Number.isFinite(y));
  if (years.length === 0) return '';
  const a = Math.min(...years);
  const b = Math.max(...years);
  return a === b ? `${a}` : `${a}–${b}`;
}

export interface Credit {
  /**
   * What is counted, from what: "Data: 64 of 157 incidents coded from 5 reports by Human Rights
   * Watch and others (published 2010–2019), each cited by line"; "64 of" is left out when the
   * selection is the whole dataset.
   */
  data: string;
  /** "Data updated 2026-11-22", or empty when the build could not tell. */
  updated: string;
  /** The map data's owners and licences. */
  map: string;
  /** The licence of our coding. */
  licence: string;
}

/** The credit of an output drawn from `shown` incidents of the dataset (all of them when omitted). */
export function creditFor(data: Dataset, shown = data.incidents.length): Credit {
  const names = publishers(data);
  const others = names.length < data.sources.size;
  return {
    data: t.credit.data(shown, data.incidents.length, data.sources.size, names, others, publishedYears(data)),
    updated: DATA_UPDATED ? t.credit.updated(DATA_UPDATED) : '',
    map: t.map.credit,
    licence: t.credit.licence,
  };
}

/**
 * The credit as every output writes it, line by line: what is counted of the dataset; our
 * licence and the date; with `map`, the map data's owners. Images draw the lines, files and
 * embeds join them with spaces.
 */
export function creditLines(credit: Credit, { map = false }: { map?: boolean } = {}): string[] {
  const lines = [`${credit.data}.`, `${credit.licence}.${credit.updated ? ` ${credit.updated}.` : ''}`];
  if (map) lines.push(`${credit.map}.`);
  return lines;
}
