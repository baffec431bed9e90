/**
 * What every output of the share dialog says about what it counts, written in one place: the
 * headline of an image or card (types, place, country, years, and the number drawn), its
 * subtitle (and, in exportFiles.ts, what only the share dialog's downloads carry: the credit
 * line, the alt text and the file name). An image that says "64 incidents" over a chart of detentions, or a credit of 157 beside
 * a chart of 64, misleads whoever sees it out of the explorer.
 *
 * Pure functions of an ExportSubject, which `exportSubject()` reads off the view the drawing
 * is made from, so the number in a headline is the number the chart draws.
 */
import type { ChartId } from '../charts/index.ts';
import { TOP_TOWNS, type View } from '../../data/deriveView.ts';
import type { Dataset } from '../../data/Incident.ts';
import { INCIDENT_TYPES, type IncidentType } from '../../data/vocabulary.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { describePlace } from '../../lib/places.ts';
import { exportStrings as s, t } from '../../lib/strings.ts';
import type { PlaceFilter, Selection } from '../../data/Selection.ts';

/** What an output draws: one of the charts, the map's placed incidents, or the data rows. */
export type ExportKind = ChartId | 'map' | 'data';

export interface ExportSubject {
  kind: ExportKind;
  /** The number the output draws: the sum of its bars, the incidents placed on the map, the rows. */
  count: number;
  /** The incidents of the selection (its years, types, place and search): what the credit counts. */
  selected: number;
  /** The years the drawing spans (all years for the per-year chart, which highlights the selected ones). */
  from: number;
  to: number;
  /** The per-year chart's highlighted years and what they hold, when they are not all the years drawn. */
  highlight: { from: number; to: number; count: number } | null;
  /** The top-towns chart: how many towns its bars show. */
  towns: number;
  types: readonly IncidentType[];
  place: PlaceFilter | null;
  placeName: string;
  /** The text search the output carries; empty when it carries none. */
  q: string;
  precise: boolean;
  mapMode: Selection['mapMode'];
}

/** Reads what an output draws off the same view its drawing is made from. */
export function exportSubject(kind: ExportKind, view: View, sel: Selection, data: Dataset): ExportSubject {
  const base = {
    kind,
    selected: view.incidents.length,
    from: sel.from,
    to: sel.to,
    highlight: null,
    towns: 0,
    types: INCIDENT_TYPES.filter((type) => sel.types.includes(type)),
    place: sel.place,
    placeName: describePlace(sel.place, data),
    q: sel.q.trim(),
    precise: sel.precise,
    mapMode: sel.mapMode,
  };
  switch (kind) {
    case 'perYear': {
      const from = view.perYear[0]?.year ?? sel.from;
      const to = view.perYear.at(-1)?.year ?? sel.to;
      const sum = (rows: View['perYear']) => rows.reduce((n, r) => n + r.total, 0);
      const inSelected = view.perYear.filter((r) => r.year >= sel.from && r.year <= sel.to);
      return {
        ...base,
        count: sum(view.perYear),
        from,
        to,
        highlight: sel.from !== from || sel.to !== to ? { from: sel.from, to: sel.to, count: sum(inSelected) } : null,
      };
    }
    case 'byType':
      return { ...base, count: view.byType.reduce((n, r) => n + r.count, 0) };
    case 'topTowns':
      return { ...base, count: view.topTowns.reduce((n, r) => n + r.count, 0), towns: view.topTowns.length };
    case 'map':
      // What the map draws: the incidents placed in a town, or in regions those with a region.
      return sel.mapMode === 'regions'
        ? { ...base, count: [...view.map.regionTotals.values()].reduce((n, c) => n + c, 0) }
        : { ...base, count: view.map.towns.reduce((n, town) => n + town.total, 0), towns: view.map.towns.length };
    case 'data':
      return { ...base, count: view.incidents.length };
  }
}

/**
 * First-strong isolation: a name from the data or a word the reader typed keeps its own
 * direction and cannot reorder the sentence around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "Almaty, Kazakhstan", "Kazakhstan". */
function placePhrase(sub: ExportSubject): string {
  if (!sub.place) return s.country;
  if (sub.place.kind === 'unstated') return s.unstated;
  // A town's selection holds the incidents the sources tie to it as well as those placed there.
  if (sub.place.kind === 'town' && !sub.precise && sub.kind !== 'map') return s.townWithLinked(isolate(sub.placeName));
  return `${isolate(sub.placeName)}, ${s.country}`;
}

/** The headline written from the data: the number drawn, of which types, where, when. */
export function exportHeadline(sub: ExportSubject): string {
  const types = sub.types.length === INCIDENT_TYPES.length ? [] : sub.types;
  let where = placePhrase(sub);
  if (sub.kind === 'topTowns' && sub.place?.kind !== 'town') where = s.topTowns(sub.towns, TOP_TOWNS, where);
  if (sub.kind === 'map') where = sub.mapMode === 'regions' ? s.inRegions(where) : s.placed(where);
  const head = s.headline(sub.count, types, where, formatYears(sub.from, sub.to));
  return sub.highlight ? head + s.highlighted(sub.highlight.count, formatYears(sub.highlight.from, sub.highlight.to)) : head;
}

/** What the headline leaves out: the types when there are too many to name there, the search, precise places. */
export function exportSubtitle(sub: ExportSubject): string {
  const parts: string[] = [];
  if (sub.types.length > 3 && sub.types.length < INCIDENT_TYPES.length) {
    parts.push(s.typesLine(sub.types.map((type) => t.types[type])));
  }
  if (sub.q) parts.push(t.charts.selection.matching(isolate(sub.q)));
  if (sub.precise) parts.push(t.charts.selection.precise);
  return parts.join(' · ');
}
