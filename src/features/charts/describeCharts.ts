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

export function describePerYear(rows: YearRow[], from: number, to: number, data: Dataset): string {
  const first = rows[0]?.year ?? from;
  const last = rows.at(-1)?.year ?? to;
  const total = rows.reduce((s, r) => s + r.total, 0);
  if (total === 0) return describeEmpty(data, first, last);
  const peak = rows.reduce((a, b) => (b.total > a.total ? b : a));
  const typeTotals = INCIDENT_TYPES.map((type) => ({ type, n: rows.reduce((s, r) => s + r[type], 0) })).sort((a, b) => b.n - a.n);
  const top = typeTotals[0] as { type: IncidentType; n: number };
  const topPeak = rows.reduce((a, b) => (b[top.type] > a[top.type] ? b : a));
  const d = t.charts.describe;
  return (
    `${d.perYear(d.documented(total), formatYears(first, last), peak.year, peak.total)} ` +
    `${d.topType(t.types[top.type], top.n, topPeak.year, topPeak[top.type])} ` +
    describeRangeCoverage(data, first, last) +
    (from !== first || to !== last ? ` ${d.selected(formatYears(from, to))}` : '')
  );
}

export function describeByType(rows: { type: IncidentType; count: number }[], data: Dataset, from: number, to: number): string {
  const total = rows.reduce((s, r) => s + r.count, 0);
  if (total === 0) return describeEmpty(data, from, to);
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  const parts = sorted.slice(0, 3).map((r) => ({ type: t.types[r.type], n: r.count }));
  const d = t.charts.describe;
  return `${d.byType(d.documented(total), formatYears(from, to), parts, sorted.length > 3)} ${describeRangeCoverage(data, from, to)}`;
}

export function describeTopTowns(rows: { name: string; count: number }[], data: Dataset, from: number, to: number): string {
  const years = formatYears(from, to);
  const d = t.charts.describe;
  if (rows.length === 0) return describeEmpty(data, from, to, d.noTown(years));
  const [first, ...rest] = rows;
  const others = rest.slice(0, 2).map((r) => ({ name: isolate(r.name), n: r.count }));
  return `${d.topTowns(years, isolate(first?.name ?? ''), first?.count ?? 0, others)} ${describeRangeCoverage(data, from, to)}`;
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
