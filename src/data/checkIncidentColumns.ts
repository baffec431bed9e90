/**
 * The checks of public/data/incidents.json (incidentColumns.ts), per column with plain
 * comparisons instead of a schema parse per incident: they mirror IncidentProperties
 * (datasetSchema.ts), and the unit tests hold them to it.
 */
import { isRealDate } from './isRealDate.ts';
import { DatasetError } from './DatasetError.ts';
import { COLUMNS_FORMAT, KEYS, type IncidentColumns } from './incidentColumns.ts';
import { INCIDENT_TYPES } from './vocabulary.ts';
import { DOC_NAME, ISO_DATE, SLUG, isRecord, isText } from './plainChecks.ts';

// The checks mirror IncidentProperties (datasetSchema.ts); the unit tests hold them to it.
const TYPES = new Set<unknown>(INCIDENT_TYPES);

const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isCount = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 0);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What a check says is wrong, for the error message. */
type Check = [test: (v: unknown) => boolean, expected: string];
const TEXT: Check = [isText, 'text'];
const TEXT_OR_NULL: Check = [isTextOrNull, 'text or null'];
const COUNT: Check = [isCount, 'a whole number of at least 0, or null'];
const BOOLEAN: Check = [(v) => typeof v === 'boolean', 'true or false'];

function checkWhereabouts(v: unknown): string | null {
  if (!isRecord(v)) return 'an object with place, place_id, admin1, geo_precision, lon and lat';
  const extra = Object.keys(v).find((k) => !['place', 'place_id', 'admin1', 'geo_precision', 'lon', 'lat'].includes(k));
  if (extra) return `no field "${extra}" (place, place_id, admin1, geo_precision, lon and lat only)`;
  for (const k of ['place', 'place_id', 'admin1'] as const) if (!isTextOrNull(v[k])) return `${k}: text or null`;
  if (v.geo_precision !== 1 && v.geo_precision !== 2 && v.geo_precision !== 3) return 'geo_precision: 1, 2 or 3';
  const point = v.lon === null && v.lat === null;
  if (!point && !(isNumber(v.lon) && isNumber(v.lat))) return 'lon and lat: both numbers, or both null';
  return null;
}

function checkLinkedPlace(v: unknown): string | null {
  if (!isRecord(v)) return 'an object with place_id, place, admin1, lon, lat and why';
  const extra = Object.keys(v).find((k) => !['place_id', 'place', 'admin1', 'lon', 'lat', 'why'].includes(k));
  if (extra) return `no field "${extra}" (place_id, place, admin1, lon, lat and why only)`;
  if (!isText(v.place_id) || !SLUG.test(v.place_id)) return 'place_id: lowercase letters, digits and single hyphens';
  if (!isText(v.place)) return 'place: text';
  if (!isTextOrNull(v.admin1)) return 'admin1: text or null';
  if (!isNumber(v.lon) || !isNumber(v.lat)) return 'lon and lat: numbers';
  if (!isText(v.why)) return 'why: text';
  return null;
}

/**
 * Checks the parsed file and returns it typed, or throws a DatasetError naming the file, the
 * field and the incident (its position and id) or shared value that is wrong.
 */
export function checkIncidentColumns(value: unknown, url: string): IncidentColumns {
  const fail = (where: string, what: string): never => {
    throw new DatasetError(`${url}: ${where}: ${what}`);
  };
  if (!isRecord(value)) return fail('the file', `not the app's incidents file (an object with "format": "${COLUMNS_FORMAT}")`);
  if (value.format !== COLUMNS_FORMAT) {
    return fail(
      'format',
      `"${String(value.format)}" is not "${COLUMNS_FORMAT}": the file was written for another version of the app (run npm run data)`,
    );
  }
  const extra = Object.keys(value).find((k) => !(KEYS as readonly string[]).includes(k));
  if (extra) fail(extra, 'not a field of this file');
  const n = value.count;
  if (!isInt(n) || n < 0) return fail('count', 'a whole number of at least 0');
  const ids = value.id;
  /** "incident 3 (kz-2011-003)": the position counts from 1, as a reader counts. */
  const incident = (i: number) => {
    const id = Array.isArray(ids) ? ids[i] : undefined;
    return `incident ${i + 1}${typeof id === 'string' && SLUG.test(id) ? ` (${id})` : ''}`;
  };

  const list = (field: string, v: unknown, length: number): unknown[] => {
    if (!Array.isArray(v)) return fail(field, `missing, or not a list`);
    if (v.length !== length) fail(field, `${v.length} values for ${length}`);
    return v;
  };
  /** A column of one value per incident. */
  const column = (field: string, [test, expected]: Check) => {
    const v = list(field, value[field], n);
    for (let i = 0; i < n; i++) if (!test(v[i])) fail(`${field}, ${incident(i)}`, expected);
  };
  /** A column of positions in `values`, each value checked once. */
  const shared = (field: string, check: (v: unknown) => string | null, perIncident: 'one' | 'list', atLeastOne = false) => {
    const s = value[field];
    if (!isRecord(s)) return fail(field, `missing, or not an object with values and index`);
    const values = s.values;
    if (!Array.isArray(values)) return fail(`${field}.values`, 'missing, or not a list');
    values.forEach((v, k) => {
      const wrong = check(v);
      if (wrong) fail(`${field}.values[${k}]`, wrong);
    });
    let items = n;
    if (perIncident === 'list') {
      const count = list(`${field}.count`, s.count, n);
      items = 0;
      for (let i = 0; i < n; i++) {
        const c = count[i];
        if (!isInt(c) || c < (atLeastOne ? 1 : 0))
          fail(`${field}.count, ${incident(i)}`, `a whole number of at least ${atLeastOne ? 1 : 0}`);
        items += c as number;
      }
    }
    const index = list(`${field}.index`, s.index, items);
    for (let k = 0; k < items; k++) {
      const at = index[k];
      if (!isInt(at) || at < 0 || at >= values.length)
        fail(`${field}.index[${k}]`, `a position in ${field}.values (0 to ${values.length - 1})`);
    }
    return { s, items };
  };
  const checked = (c: Check) => (v: unknown) => (c[0](v) ? null : c[1]);

  column('id', [(v) => isText(v) && SLUG.test(v), 'lowercase letters, digits and single hyphens']);
  column('date', [(v) => isText(v) && ISO_DATE.test(v), 'YYYY, YYYY-MM or YYYY-MM-DD']);
  // Each date once: 100k incidents name a few thousand dates.
  const realDates = new Set<unknown>();
  const isRealDateSeen = (v: unknown) => realDates.has(v) || (isRealDate(v as string) && !!realDates.add(v));
  column('date', [isRealDateSeen, 'not a calendar date (month 01-12, day within the month)']);
  column('date_note', TEXT_OR_NULL);
  column('year', [isInt, 'a whole number']);
  shared('type', (v) => (TYPES.has(v) ? null : `one of ${INCIDENT_TYPES.join(', ')}`), 'one');
  shared('subtype', checked(TEXT), 'one');
  column('title', TEXT);
  column('summary', TEXT);
  for (const field of ['people', 'actors', 'targets']) shared(field, checked(TEXT), 'list');
  shared('where', checkWhereabouts, 'one');
  shared('linked_places', checkLinkedPlace, 'list');
  shared('other_country', checked(TEXT_OR_NULL), 'one');
  column('case', TEXT_OR_NULL);
  for (const field of ['killed', 'injured', 'detained']) {
    column(field, COUNT);
    column(`${field}_at_least`, BOOLEAN);
  }
  const { s, items } = shared(
    'sources',
    (v) => (isText(v) && DOC_NAME.test(v) ? null : 'a seed file name like 000_6711e81a8e671186.txt'),
    'list',
    true,
  );
  const lines = list('sources.lines', s.lines, 2 * items);
  for (let k = 0; k < items; k++) {
    const [a, b] = [lines[2 * k], lines[2 * k + 1]];
    if (!isInt(a) || !isInt(b) || a < 1 || b < 1) fail(`sources.lines[${2 * k}]`, 'line numbers of at least 1');
    if ((a as number) > (b as number)) fail(`sources.lines[${2 * k}]`, 'first line after last line');
  }
  return value as unknown as IncidentColumns;
}
