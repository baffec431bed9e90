import type { Incident } from './Incident.ts';

/** The places the map cannot draw, over the whole dataset: incidents with no place stated, and areas that span several regions. */
export interface NotOnMap {
  /** Incidents whose sources state no place. */
  unstated: number;
  /** Area id → name, in the order the data first names them. */
  areas: Map<string, string>;
}

/**
 * What the "Not on the map" row can ever hold. The row lists all of it whatever the years,
 * with the window's counts, so that it neither appears nor changes shape as the timeline
 * steps and the controls below it stay where the pointer is.
 */
export function notOnMap(incidents: readonly Incident[]): NotOnMap {
  const out: NotOnMap = { unstated: 0, areas: new Map() };
  for (const i of incidents) {
    if (i.geo_precision === 3) out.unstated++;
    else if (i.geo_precision === 2 && !i.admin1 && i.place_id && !out.areas.has(i.place_id))
      out.areas.set(i.place_id, i.place ?? i.place_id);
  }
  return out;
}
