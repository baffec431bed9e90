/** Text alternatives written from the data, for screen readers, alt text and embeds. */
import type { YearRow } from '../../data/deriveView.ts';
import type { Dataset } from '../../data/Incident.ts';
import { INCIDENT_TYPES, type IncidentType } from '../../data/vocabulary.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { describePlace } from '../../lib/places.ts';
import { t } from '../../lib/strings.ts';
import { describeEmpty, describeRangeCoverage } from './describeCoverage.ts';
import type { Selection } from '../../data/Selection.ts';
import { isolate } from '../../lib/isolate.tsx';

/** "3 documented incidents": how every description counts incidents. */
export const plural = (n: number) => `${n} documented incident${n === 1 ? '' : 's'}`;

export function describePerYear(rows: YearRow[], from: number, to: number, data: Dataset): string {
  const first = rows[0]?.year ?? from;
  const last = rows.at(-1)?.year ?? to;
  const total = rows.reduce((s, r) => s + r.total, 0);
  if (total === 0) return describeEmpty(data, first, last);
  const peak = rows.reduce((a, b) => (b.total > a.total ? b : a));
  const typeTotals = INCIDENT_TYPES.map((type) => ({ type, n: rows.reduce((s, r) => s + r[type], 0) })).sort((a, b) => b.n - a.n);
  const top = typeTotals[0] as { type: IncidentType; n: number };
  const topPeak = rows.reduce((a, b) => (b[top.type] > a[top.type] ? b : a));
  return (
    `${plural(total)} from ${formatYears(first, last)}; the most in ${peak.year} (${peak.total}). ` +
    `${t.types[top.type]} is the most frequent type (${top.n}), peaking in ${topPeak.year} with ${topPeak[top.type]}. ` +
    describeRangeCoverage(data, first, last) +
    (from !== first || to !== last ? ` Selected: ${formatYears(from, to)}.` : '')
  );
}

export function describeByType(rows: { type: IncidentType; count: number }[], data: Dataset, from: number, to: number): string {
  const total = rows.reduce((s, r) => s + r.count, 0);
  if (total === 0) return describeEmpty(data, from, to);
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  const parts = sorted.slice(0, 3).map((r) => `${t.types[r.type].toLowerCase()} ${r.count}`);
  return (
    `${plural(total)} in ${formatYears(from, to)}: ${parts.join(', ')}${sorted.length > 3 ? ', and fewer of other types' : ''}. ` +
    describeRangeCoverage(data, from, to)
  );
}

export function describeTopTowns(rows: { name: string; count: number }[], data: Dataset, from: number, to: number): string {
  const years = formatYears(from, to);
  if (rows.length === 0) return describeEmpty(data, from, to, `No documented incident the sources place in a town in ${years}.`);
  const [first, ...rest] = rows;
  return (
    `In ${years}, ${isolate(first?.name ?? '')} has the most documented incidents placed in a town (${first?.count})` +
    (rest.length
      ? `, followed by ${rest
          .slice(0, 2)
          .map((r) => `${isolate(r.name)} (${r.count})`)
          .join(' and ')}.`
      : '.') +
    ` ${describeRangeCoverage(data, from, to)}`
  );
}

/**
 * What the selection narrows a chart to, in words ("Almaty · Detention, Torture"): the
 * subtitle of embeds and downloaded images, so a chart taken out of the explorer says what it shows.
 */
export function describeSelection(sel: Selection, data: Dataset, options: { highlightYears: boolean }): string {
  const s = t.charts.selection;
  const parts: string[] = [];
  if (sel.place) parts.push(isolate(describePlace(sel.place, data)));
  if (sel.types.length < INCIDENT_TYPES.length) {
    parts.push(
      sel.types.length <= 3
        ? sel.types.map((type) => t.types[type]).join(', ')
        : s.someTypes(sel.types.length, INCIDENT_TYPES.length),
    );
  }
  const q = sel.q.trim();
  if (q) parts.push(s.matching(isolate(q)));
  if (sel.precise) parts.push(s.precise);
  if (options.highlightYears && (sel.from !== data.years[0] || sel.to !== data.years[1])) {
    parts.push(s.highlighted(formatYears(sel.from, sel.to)));
  }
  return parts.join(' · ');
}
