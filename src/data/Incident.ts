import type { IncidentProperties, Source, SourceDocument, YearCoverage } from './datasetSchema.ts';

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
  sources: Source[];
}

export interface Dataset {
  incidents: Incident[];
  sources: Map<string, SourceDocument>;
  context: ContextEvent[];
  /** Year → the documents that cover it and how: what a count of that year can mean. */
  coverage: Map<number, YearCoverage>;
  /** First and last year with an incident. */
  years: [number, number];
  /** Town id → display name and point, for every town that has an incident. */
  towns: Map<string, { name: string; lon: number; lat: number }>;
}
