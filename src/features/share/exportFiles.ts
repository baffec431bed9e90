/**
 * What a download from the share dialog carries besides its headline and subtitle
 * (exportLabels.ts): the credit line (how many of the dataset's incidents), the alt text, the
 * file name and the coverage note. A module apart, so that an embed, which shows the headline
 * and subtitle, loads none of it.
 */
import { describeRangeCoverage } from '../charts/index.ts';
import type { Dataset } from '../../data/Incident.ts';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { creditFor, creditLines } from '../../lib/credits.ts';
import { formatYears } from '../../lib/formatDate.ts';
import { regionName } from '../../lib/places.ts';
import { exportStrings as s } from '../../lib/strings.ts';
import type { ExportKind, ExportSubject } from './exportLabels.ts';

/** The credit an output carries, as its lines: what is counted of the dataset, then licence and date. */
export function exportCredit(data: Dataset, sub: ExportSubject): string[] {
  return creditLines(creditFor(data, sub.selected));
}

/**
 * The text alternative of an image: its title, what the chart shows, the coverage (unless the
 * chart's description already says it) and the note.
 */
export function exportAltText(parts: { title: string; description: string; coverage: string; note: string }): string {
  const end = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
  const coverage = parts.description.includes(parts.coverage.trim()) ? '' : parts.coverage;
  return [parts.title, parts.description, coverage, parts.note]
    .map((p) => p.trim())
    .filter(Boolean)
    .map(end)
    .join(' ');
}

/** A part of a file name: ASCII letters and digits joined by hyphens, cut short at a whole word. */
function slug(text: string, max = 24): string {
  const full = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : cut.slice(0, max);
}

const KIND_PART: Record<ExportKind, string> = {
  perYear: 'per-year',
  byType: 'by-type',
  topTowns: 'top-towns',
  map: 'map',
  data: '',
};

/**
 * "kz-incidents_detention_almaty_2011-2012_per-year.png": the selection in the file's name, so
 * a folder of downloads says what each file holds. The types are named up to three; a search
 * the reader typed in another script than Latin is named only as "search".
 */
export function exportFileName(sub: ExportSubject, ext: string, variant?: 'card'): string {
  return `${exportBaseName(sub, variant)}.${ext}`;
}

/** The file name without its extension: what a zip and the file inside it share. */
export function exportBaseName(sub: ExportSubject, variant?: 'card'): string {
  const types =
    sub.types.length === INCIDENT_TYPES.length
      ? ''
      : sub.types.length <= 3
        ? sub.types.map((type) => slug(type)).join('-')
        : `${sub.types.length}-types`;
  const place = !sub.place
    ? ''
    : sub.place.kind === 'unstated'
      ? 'place-unstated'
      : slug(sub.place.kind === 'region' ? regionName(sub.place.id) : sub.place.id);
  const search = sub.q ? `${s.searchPart}-${slug(sub.q, 20)}`.replace(/-$/, '') : '';
  const kind = [KIND_PART[sub.kind], variant].filter(Boolean).join('-');
  const years = sub.highlight ?? sub;
  const parts = ['kz-incidents', types, place, formatYears(years.from, years.to).replace('–', '-'), search];
  if (sub.precise) parts.push('precise');
  parts.push(kind);
  return parts.filter(Boolean).join('_');
}

/**
 * What the reports cover of the years the output draws ("No report covers 2013–2015; counts
 * are documented incidents, not totals"): the coverage line of cards and images.
 */
export function coverageNote(data: Dataset, sub: ExportSubject): string {
  return describeRangeCoverage(data, sub.from, sub.to);
}
