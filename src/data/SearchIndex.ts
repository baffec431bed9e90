/**
 * What the text search looks through beyond the English of incidents.geojson: the other Latin
 * spellings of people and places (names.json: "Yevgeniy Zhovtis", "Oskemen") and our Russian and
 * Kazakh texts (text.<lang>.json), so a query in any of the three languages finds the same
 * incidents whatever the interface language. Those files are loaded only on a first search (the
 * Cyrillic ones only for a Cyrillic query, or for a reader of that language) and added here; the
 * version tells the views that the same query may now find more.
 *
 * The incidents' own search text (Incident.haystack) may come after them too: the data worker
 * folds it while the page draws the first view (loadInWorker.ts). Until it is in, the incidents
 * and every language's copies of them made meanwhile wait here for it; a query asked before
 * then has it folded on the page at once, so no search ever looks through missing text.
 */
import type { LocalizedText, NameVariants } from './datasetSchema.ts';
import { foldText } from './foldText.ts';
import type { Incident } from './Incident.ts';

export class SearchIndex {
  /**
   * Changes whenever text is added that a query may find more in (names, ru, kk): part of the
   * memo key of every view with a query. Not when the incidents' own text comes in: no query
   * has looked through it before (`matches` waits for it, or folds it itself).
   */
  version = 0;
  private readonly extra = new Map<string, string>();
  private readonly added = new Set<string>();
  /** While the incidents' own text is still to come: the incidents, then each copy made since, all in one order. */
  private waiting: (readonly Incident[])[] | null;

  /**
   * `textToCome`: the incidents' haystacks are still empty and come later, by `setText`; until
   * then a query has them folded on the page by this (haystackOf).
   */
  constructor(
    private readonly incidents: readonly Incident[],
    private readonly textToCome?: (i: Incident) => string,
  ) {
    this.waiting = textToCome ? [incidents] : null;
  }

  /** Copies of the incidents in another language (localizeDataset), in their order: they get the text too. */
  follow(copies: readonly Incident[]): void {
    this.waiting?.push(copies);
  }

  /** Whether the incidents' own search text is in. */
  get hasText(): boolean {
    return this.waiting === null;
  }

  /** The incidents' search text (haystackOf each), in their order; ignored if it is already in or does not fit. */
  setText(haystacks: readonly string[]): void {
    if (!this.waiting || haystacks.length !== this.incidents.length) return;
    for (const list of this.waiting) list.forEach((i, k) => (i.haystack = haystacks[k] as string));
    this.waiting = null;
  }

  /** Whether the incident matches a query already folded with foldText. */
  matches(i: Incident, foldedQuery: string): boolean {
    // Asked before the worker's text arrived: fold it here rather than search through nothing.
    if (this.waiting && this.textToCome) this.setText(this.incidents.map(this.textToCome));
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
