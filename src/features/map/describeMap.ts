/** The map's text alternative, written from the data: for the map embed's description. */
import type { MapView } from '../../data/deriveView.ts';
import type { Dataset } from '../../data/Incident.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { isolate } from '../../lib/isolate.tsx';
import { t } from '../../lib/strings.ts';
import { describeEmpty, describeRangeCoverage } from '../charts/index.ts';

export function describeMap(map: MapView, data: Dataset, from: number, to: number): string {
  const years = formatYears(from, to);
  const placed = map.towns.reduce((s, town) => s + town.total, 0);
  const [first, second] = map.towns;
  const elsewhere =
    map.unstated + [...map.regionOnly.values(), ...[...map.areas.values()].map((a) => a.count)].reduce((s, n) => s + n, 0);
  if (placed === 0 && elsewhere === 0) return describeEmpty(data, from, to);
  const d = t.charts.describe;
  const towns =
    placed === 0
      ? d.noTown(years)
      : d.mapTowns(d.documented(placed), map.towns.length, years) +
        (first
          ? d.mapMost(isolate(first.name), first.total, second ? { name: isolate(second.name), n: second.total } : null)
          : '.');
  return `${elsewhere > 0 ? `${towns} ${d.elsewhere(elsewhere)}` : towns} ${describeRangeCoverage(data, from, to)}`;
}
