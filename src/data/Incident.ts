import type { IncidentProperties, SourceDocument } from './schema.ts';

/** One incident as the app uses it: the GeoJSON properties plus its point, if any. */
export interface Incident extends IncidentProperties {
  lon: number | null;
  lat: number | null;
  /** Lowercased title, summary, people, place, linked towns and actors, for the text search. */
  haystack: string;
}

export interface ContextEvent {
  id: string;
  date: string;
  kind: string;
  title: string;
  summary: string;
}

export interface Dataset {
  incidents: Incident[];
  sources: Map<string, SourceDocument>;
  context: ContextEvent[];
  /** First and last year with an incident. */
  years: [number, number];
  /** Town id → display name and point, for every town that has an incident. */
  towns: Map<string, { name: string; lon: number; lat: number }>;
}
