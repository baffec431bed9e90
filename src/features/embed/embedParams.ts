/**
 * The embed's URL: a selection (years, types, place, map mode, precise) plus how to show it
 * (chart, theme, title). Every value comes from a fixed list or a validated id, and the text
 * search is never carried, so an embed URL cannot put words of its own into someone's page.
 */
import { CHART_IDS, type ChartId } from '../charts/index.ts';
import type { Dataset } from '../../data/Incident.ts';
import { isKnownPlace } from '../../lib/places.ts';
import type { Selection } from '../../data/Selection.ts';
import { encodeSelection, parseSelection } from '../../store/urlState.ts';

export const EMBED_CHARTS = [...CHART_IDS, 'map'] as const;
export type EmbedChart = ChartId | 'map';
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
  chart: EmbedChart;
  theme: Theme;
  title: boolean;
}

export const DEFAULT_EMBED: EmbedOptions = { chart: 'perYear', theme: 'auto', title: true };

const oneOf = <T extends string>(list: readonly T[], v: string | null, fallback: T): T =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : fallback;

export function parseEmbedOptions(search: string): EmbedOptions {
  const p = new URLSearchParams(search);
  return {
    chart: oneOf(EMBED_CHARTS, p.get('chart'), DEFAULT_EMBED.chart),
    theme: oneOf(THEMES, p.get('theme'), DEFAULT_EMBED.theme),
    title: p.get('title') !== '0',
  };
}

/** What an embed shows of a selection: no search text, no open incident, only places the data knows. */
export function embedSelection(sel: Selection, data: Dataset): Selection {
  return { ...sel, q: '', incident: null, place: sel.place && isKnownPlace(sel.place, data) ? sel.place : null };
}

export function parseEmbedSelection(search: string, data: Dataset): Selection {
  return embedSelection(parseSelection(search, data.years).selection, data);
}

/** The query of the embed page for a selection and options; defaults are left out. */
export function encodeEmbedQuery(sel: Selection, options: EmbedOptions, data: Dataset): string {
  const params = new URLSearchParams(encodeSelection(embedSelection(sel, data), data.years));
  if (options.chart !== 'map') params.delete('view');
  params.set('chart', options.chart);
  if (options.theme !== DEFAULT_EMBED.theme) params.set('theme', options.theme);
  if (!options.title) params.set('title', '0');
  return `?${params.toString()}`;
}

/** The explorer's query for what an embed shows: the link back. */
export function explorerQuery(sel: Selection, data: Dataset): string {
  return encodeSelection(embedSelection(sel, data), data.years);
}
