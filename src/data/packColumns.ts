/**
 * The checked columns as the data worker hands them to the page: every column of whole
 * numbers (years, positions in the shared values, list lengths, source lines) in an
 * Int32Array whose buffer is transferred, not copied. A structured clone of 100k incidents'
 * number arrays wrote and read some two million values one by one; a transferred buffer
 * costs nothing to send. Text, nulls and true/false stay lists (incidentColumns.ts).
 */
import type { IncidentColumns, Shared, SharedList } from './incidentColumns.ts';

/** Where a column holds whole numbers: a list (as the file has it) or an Int32Array (as the worker sends it). */
type Ints = ArrayLike<number>;

type Packed<T> =
  T extends SharedList<infer V>
    ? { values: V[]; count: Ints; index: Ints }
    : T extends Shared<infer V>
      ? { values: V[]; index: Ints }
      : T;

/** IncidentColumns with its number columns either as lists or as Int32Arrays: what incidentsFromColumns reads. */
export type ColumnsView = {
  [K in keyof IncidentColumns]: K extends 'year'
    ? Ints
    : K extends 'sources'
      ? Packed<IncidentColumns['sources']> & { lines: Ints }
      : Packed<IncidentColumns[K]>;
};

const ints = (list: readonly number[], transfer: ArrayBuffer[]): Int32Array => {
  const a = Int32Array.from(list);
  transfer.push(a.buffer);
  return a;
};

/**
 * The columns with their whole-number columns as Int32Arrays, and the buffers to transfer.
 * Only for checked columns: every such value is then an integer well within 32 bits (a year,
 * a line number or a position in a list of the file).
 */
export function packColumns(c: IncidentColumns): { columns: ColumnsView; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const one = <V>(s: Shared<V>) => ({ values: s.values, index: ints(s.index, transfer) });
  const list = <V>(s: SharedList<V>) => ({ values: s.values, count: ints(s.count, transfer), index: ints(s.index, transfer) });
  const columns: ColumnsView = {
    ...c,
    year: ints(c.year, transfer),
    type: one(c.type),
    subtype: one(c.subtype),
    people: list(c.people),
    actors: list(c.actors),
    targets: list(c.targets),
    where: one(c.where),
    linked_places: list(c.linked_places),
    other_country: one(c.other_country),
    sources: { ...list(c.sources), lines: ints(c.sources.lines, transfer) },
  };
  return { columns, transfer };
}
