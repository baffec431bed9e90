/**
 * The order of a case's events as the sources allow it.
 *
 * A record's date is a span: "2010-01-28" is one day, "2010-01" a month, "2010" a year. One
 * event certainly comes before another only when its span ends before the other's begins;
 * otherwise the sources leave the order open, and sorting the ISO strings would put every
 * "2010" before every "Jan 2010", as if a date known only to the year were 1 January.
 *
 * The rules, in order:
 * 1. Spans that do not overlap are in date order.
 * 2. A step that opens a case (arrest, charge, pretrial custody) comes before a judgment
 *    (sentence, conviction) whose span it overlaps, when no opening step is already known to
 *    come before that judgment: "2012 arrest" goes before "8 Oct 2012 sentence".
 * 3. Otherwise a step whose date is less precise is placed at the end of its span, after the
 *    dated steps within it ("28 Jan 2010" before "2010, month not stated"); steps that end
 *    together keep the order in which the data lists them (the sources' own order).
 */

/** What the ordering needs to know of a record. */
export interface CaseStep {
  id: string;
  /** ISO 8601 at the source's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  subtype: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** Steps that open a case or a new episode of it. */
const OPENING = new Set(['arrest', 'charge', 'pretrial_detention', 'house_arrest', 'psychiatric_detention']);
/** First-instance judgments, which an opening step of the same span must precede. */
const JUDGMENT = new Set(['sentence', 'conviction']);

export function datePrecision(iso: string): DatePrecision {
  const parts = iso.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** The first and last day a date may stand for, as comparable YYYY-MM-DD strings. */
export function dateSpan(iso: string): [string, string] {
  const [y = '0000', m, d] = iso.split('-');
  if (d !== undefined && m !== undefined) return [iso, iso];
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * The steps of one case in the order the events happened, as far as the sources tell it.
 * `steps` are in the data's order, which breaks the remaining ties. Pure; does not mutate.
 */
export function orderCaseSteps<T extends CaseStep>(steps: readonly T[]): T[] {
  const spans = steps.map((s) => dateSpan(s.date));
  const n = steps.length;
  const before = (a: number, b: number) => (spans[a]?.[1] ?? '') < (spans[b]?.[0] ?? '');
  // after[i]: the steps that must come after step i.
  const after: Set<number>[] = steps.map(() => new Set<number>());
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b && before(a, b)) after[a]?.add(b);
  for (let j = 0; j < n; j++) {
    if (!JUDGMENT.has(steps[j]?.subtype ?? '')) continue;
    const openings = [...steps.keys()].filter((o) => o !== j && OPENING.has(steps[o]?.subtype ?? ''));
    if (openings.some((o) => before(o, j))) continue;
    for (const o of openings) if (!before(j, o)) after[o]?.add(j);
  }
  const waiting = steps.map(() => 0);
  for (const next of after) for (const b of next) waiting[b] = (waiting[b] ?? 0) + 1;

  const placed: number[] = [];
  const done = new Set<number>();
  while (placed.length < n) {
    const ready = [...steps.keys()].filter((i) => !done.has(i) && waiting[i] === 0);
    // A cycle cannot arise from these rules; should one ever, fall back to every step left.
    const pool = ready.length > 0 ? ready : [...steps.keys()].filter((i) => !done.has(i));
    const pick = pool.reduce((best, i) => (earlierEnd(spans, i, best) ? i : best));
    placed.push(pick);
    done.add(pick);
    for (const b of after[pick] ?? []) waiting[b] = (waiting[b] ?? 0) - 1;
  }
  return placed.map((i) => steps[i] as T);
}

/** Whether step i is placed before step j among steps free to go next: earlier end, then later start, then data order. */
function earlierEnd(spans: [string, string][], i: number, j: number): boolean {
  const [si, ei] = spans[i] ?? ['', ''];
  const [sj, ej] = spans[j] ?? ['', ''];
  if (ei !== ej) return ei < ej;
  if (si !== sj) return si > sj;
  return i < j;
}
