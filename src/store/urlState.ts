/**
 * The selection as URL query parameters: a typed codec. Parsing never throws; each
 * parameter is valid, invalid or missing, and anything not valid falls back to the
 * default (or the closest valid value, for years). Only values that differ from the
 * defaults are written, so a plain link stays plain.
 */
import { INCIDENT_TYPES, type IncidentType } from '../data/vocabulary.ts';
import { defaultSelection, placeKey, type PlaceFilter, type Selection } from '../data/Selection.ts';

const MAX_PARAM = 200;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f]/g;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ParseResult {
  selection: Selection;
  /** Parameter names that were present but not valid, for diagnostics. */
  invalid: string[];
}

/** One value per key: the last wins, as in most routers; over-long values are dropped. */
function read(params: URLSearchParams, key: string): string | null {
  const all = params.getAll(key);
  const v = all.at(-1);
  if (v === undefined) return null;
  return v.length > MAX_PARAM ? '' : v;
}

function clampYear(raw: string | null, years: [number, number]): number | null {
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return null;
  return Math.min(years[1], Math.max(years[0], Number(raw)));
}

export function parseSelection(search: string, years: [number, number]): ParseResult {
  const params = new URLSearchParams(search);
  const sel = defaultSelection(years, INCIDENT_TYPES);
  const invalid: string[] = [];
  const bad = (k: string) => invalid.push(k);

  const yearRaw = read(params, 'years');
  if (yearRaw !== null) {
    const m = /^(\d{1,6})(?:[-–](\d{1,6}))?$/.exec(yearRaw.trim());
    const a = clampYear(m?.[1] ?? null, years);
    const b = m?.[2] === undefined ? a : clampYear(m[2], years);
    if (a === null || b === null) bad('years');
    else [sel.from, sel.to] = a <= b ? [a, b] : [b, a];
  }

  const typesRaw = read(params, 'types');
  if (typesRaw !== null) {
    const wanted = new Set(typesRaw.split(','));
    const types = INCIDENT_TYPES.filter((t) => wanted.has(t));
    if (types.length === 0) bad('types');
    else sel.types = types;
  }

  const placeRaw = read(params, 'place');
  if (placeRaw !== null) {
    const place = parsePlace(placeRaw);
    if (place) sel.place = place;
    else bad('place');
  }

  const q = read(params, 'q');
  // Cut at 100 UTF-16 units without leaving half of a surrogate pair (an emoji at the cut),
  // which the next encode would turn into U+FFFD and so change the link.
  if (q !== null)
    sel.q = q
      .replace(CONTROL_CHARS, ' ')
      .slice(0, 100)
      .replace(/[\uD800-\uDBFF]$/, '');

  const incident = read(params, 'incident');
  if (incident !== null) {
    if (SLUG.test(incident)) sel.incident = incident;
    else bad('incident');
  }

  const view = read(params, 'view');
  if (view !== null) {
    if (view === 'regions' || view === 'towns') sel.mapMode = view;
    else bad('view');
  }

  const precise = read(params, 'precise');
  if (precise !== null) {
    if (precise === '1' || precise === '0') sel.precise = precise === '1';
    else bad('precise');
  }

  const context = read(params, 'context');
  if (context !== null) {
    if (context === '1' || context === '0') sel.context = context === '1';
    else bad('context');
  }
  return { selection: sel, invalid };
}

function parsePlace(raw: string): PlaceFilter | null {
  if (raw === 'unstated') return { kind: 'unstated' };
  const m = /^(region|area):(.+)$/.exec(raw);
  if (m?.[1] === 'region') return /^KZ-[A-Z]{3}$/.test(m[2] ?? '') ? { kind: 'region', id: m[2] ?? '' } : null;
  if (m?.[1] === 'area') return SLUG.test(m[2] ?? '') ? { kind: 'area', id: m[2] ?? '' } : null;
  return SLUG.test(raw) ? { kind: 'town', id: raw } : null;
}

export function encodeSelection(sel: Selection, years: [number, number]): string {
  const d = defaultSelection(years, INCIDENT_TYPES);
  const params = new URLSearchParams();
  if (sel.from !== d.from || sel.to !== d.to) params.set('years', sel.from === sel.to ? `${sel.from}` : `${sel.from}-${sel.to}`);
  if (sel.types.length !== INCIDENT_TYPES.length) params.set('types', sel.types.join(','));
  if (sel.place) params.set('place', placeKey(sel.place));
  if (sel.q) params.set('q', sel.q);
  if (sel.incident) params.set('incident', sel.incident);
  if (sel.mapMode !== d.mapMode) params.set('view', sel.mapMode);
  if (sel.precise) params.set('precise', '1');
  if (!sel.context) params.set('context', '0');
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameTypes(a: readonly IncidentType[], b: readonly IncidentType[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
