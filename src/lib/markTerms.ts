/** A piece of text, and whether it is one of the terms to mark. */
export interface TextPiece {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into pieces, marking every occurrence of a term (case-insensitive, whole
 * words; the longest term wins where two start together). The pieces are plain text for the
 * caller to render as text nodes: nothing here is markup.
 */
export function markTerms(text: string, terms: readonly string[]): TextPiece[] {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text ? [{ text, mark: false }] : [];
  const escaped = wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: m[0], mark: true });
    at = start + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * The words to mark for a record: each person's full name and surname (sources spell first
 * names variously: "Evgenii", "Evgeniy", "Yevgeniy" Zhovtis), and its places.
 */
export function recordTerms(people: readonly string[], places: readonly (string | null | undefined)[]): string[] {
  const terms: string[] = [];
  for (const person of people) {
    terms.push(person);
    const surname = person.trim().split(/\s+/).at(-1);
    if (surname && surname.length >= 4 && surname !== person.trim()) terms.push(surname);
  }
  for (const place of places) if (place) terms.push(place);
  return terms;
}
