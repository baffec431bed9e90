import type { SearchIndex } from './SearchIndex.ts';
import type { IncidentProperties, Source, SourceDocument, YearCoverage } from './datasetSchema.ts';

/** One incident as the app uses it: the GeoJSON properties plus its point, if any. */
export interface Incident extends IncidentProperties {
  lon: number | null;
  lat: number | null;
  /** Title, summary, people, place, linked towns and actors, folded (foldText), for the text search. */
  haystack: string;
  /**
   * In a Russian or Kazakh view of the dataset (localizeDataset), the English it replaced: the
   * downloads keep their English columns, and the quoted passages (in English) mark the names.
   */
  english?: { title: string; summary: string; place: string | null; linked: string[] };
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
  /**
   * Present in a Russian or Kazakh view of the dataset (localizeDataset): the language, and the
   * names the English files do not carry: every place's by id (the map's town labels), each
   * first-level unit's by ISO code, and people's Cyrillic names by the sources' spelling.
   */
  /** The search's other spellings and Russian and Kazakh text, once loaded (LocalizedData): one index for every language. */
  search?: SearchIndex;
  local?: {
    lang: 'ru' | 'kk';
    places: ReadonlyMap<string, string>;
    regions: ReadonlyMap<string, string>;
    people: ReadonlyMap<string, string>;
  };
}
