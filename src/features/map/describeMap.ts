/** The map's text alternative, written from the data: for the map embed's description. */
import type { MapView } from '../../data/deriveView.ts';
import type { Dataset } from '../../data/Incident.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { isolate } from '../../lib/isolate.tsx';
import { describeEmpty, describeRangeCoverage, plural } from '../charts/index.ts';

export function describeMap(map: MapView, data: Dataset, from: number, to: number): string {
  const years = formatYears(from, to);
  const placed = map.towns.reduce((s, town) => s + town.total, 0);
  const [first, second] = map.towns;
  const elsewhere =
    map.unstated + [...map.regionOnly.values(), ...[...map.areas.values()].map((a) => a.count)].reduce((s, n) => s + n, 0);
  if (placed === 0 && elsewhere === 0) return describeEmpty(data, from, to);
  const towns =
    placed === 0
      ? `No documented incident the sources place in a town in ${years}.`
      : `${plural(placed)} the sources place in ${map.towns.length} town${map.towns.length === 1 ? '' : 's'} in ${years}` +
        (first
          ? `; the most in ${isolate(first.name)} (${first.total})${second ? `, then ${isolate(second.name)} (${second.total})` : ''}.`
          : '.');
  return `${elsewhere > 0 ? `${towns} ${elsewhere} more have no town in the sources.` : towns} ${describeRangeCoverage(data, from, to)}`;
}
