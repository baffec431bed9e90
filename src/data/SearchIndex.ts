/**
 * What the text search looks through beyond the English of incidents.geojson: the other Latin
 * spellings of people and places (names.json: "Yevgeniy Zhovtis", "Oskemen") and our Russian and
 * Kazakh texts (text.<lang>.json), so a query in any of the three languages finds the same
 * incidents whatever the interface language. Those files are loaded only on a first search (the
 * Cyrillic ones only for a Cyrillic query, or for a reader of that language) and added here; the
 * version tells the views that the same query may now find more.
 */
import type { LocalizedText, NameVariants } from './datasetSchema.ts';
import { foldText } from './foldText.ts';
import type { Incident } from './Incident.ts';

export class SearchIndex {
  /** Changes whenever text is added: part of the memo key of every filtered view. */
  version = 0;
  private readonly extra = new Map<string, string>();
  private readonly added = new Set<string>();

  constructor(private readonly incidents: readonly Incident[]) {}

  /** Whether the incident matches a query already folded with foldText. */
  matches(i: Incident, foldedQuery: string): boolean {
    return i.haystack.includes(foldedQuery) || (this.extra.get(i.id)?.includes(foldedQuery) ?? false);
  }

  /** Whether a source of text ("names", "ru", "kk") has been added. */
  has(source: string): boolean {
    return this.added.has(source);
  }

  addNames(names: NameVariants): void {
    this.add('names', (i) => [
      ...i.people.flatMap((p) => names.people[p] ?? []),
      ...[i.place_id, ...i.linked_places.map((l) => l.place_id)].flatMap((id) => (id ? (names.places[id] ?? []) : [])),
    ]);
  }

  addText(lang: 'ru' | 'kk', text: LocalizedText): void {
    this.add(lang, (i) => [
      text.incidents[i.id]?.title ?? '',
      text.incidents[i.id]?.summary ?? '',
      ...i.people.map((p) => text.people[p] ?? ''),
      ...[i.place_id, ...i.linked_places.map((l) => l.place_id)].map((id) => (id ? (text.places[id] ?? '') : '')),
      i.admin1 ? (text.regions[i.admin1] ?? '') : '',
    ]);
  }

  private add(source: string, textOf: (i: Incident) => string[]) {
    if (this.added.has(source)) return;
    this.added.add(source);
    for (const i of this.incidents) {
      const words = textOf(i).filter(Boolean);
      if (words.length === 0) continue;
      const folded = foldText(words.join(' \u0001 '));
      const before = this.extra.get(i.id);
      this.extra.set(i.id, before ? `${before} \u0001 ${folded}` : folded);
    }
    this.version++;
  }
}
