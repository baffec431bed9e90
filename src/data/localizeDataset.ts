/**
 * The Russian or Kazakh view of the dataset: the same records, with our translated titles and
 * summaries and the places' names in that language, built once per language from the English
 * dataset and text.<lang>.json. Views draw it as they draw the English one, so no component
 * asks which language it is in. What has no translation yet stays English; the quoted source
 * passages are never translated.
 */
import type { LocalizedText } from './datasetSchema.ts';
import type { ContextEvent, Dataset, Incident } from './Incident.ts';

export function localizeDataset(base: Dataset, lang: 'ru' | 'kk', text: LocalizedText): Dataset {
  const placeName = (id: string | null, fallback: string | null) => (id !== null ? (text.places[id] ?? fallback) : fallback);
  const incidents: Incident[] = base.incidents.map((i) => {
    const own = text.incidents[i.id];
    return {
      ...i,
      title: own?.title ?? i.title,
      summary: own?.summary ?? i.summary,
      place: placeName(i.place_id, i.place),
      linked_places: i.linked_places.map((l) => ({ ...l, place: placeName(l.place_id, l.place) ?? l.place })),
      english: { title: i.title, summary: i.summary, place: i.place, linked: i.linked_places.map((l) => l.place) },
    };
  });
  const context: ContextEvent[] = base.context.map((e) => {
    const own = text.context[e.id];
    return own ? { ...e, title: own.title ?? e.title, summary: own.summary ?? e.summary } : e;
  });
  const towns = new Map([...base.towns].map(([id, t]) => [id, { ...t, name: text.places[id] ?? t.name }]));
  return {
    ...base,
    incidents,
    context,
    towns,
    local: {
      lang,
      places: new Map(Object.entries(text.places)),
      regions: new Map(Object.entries(text.regions)),
      people: new Map(Object.entries(text.people)),
    },
  };
}
