import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Dataset } from '../../data/Incident.ts';

/**
 * The map style with the town labels in the dataset's language: a label that points at a town of
 * data/places.yaml (`place_id`, written by the basemap build with that town's English name) shows
 * the town's name from the Russian or Kazakh view of the dataset, so the map names a town as the
 * place list and the tooltips do. An English dataset, or a label with no town, keeps the label.
 */
export function localizeStyle(style: StyleSpecification, data: Dataset): StyleSpecification {
  return withTextFields(style, { 'city-labels': cityLabelField(data) });
}

/**
 * The city labels' text: the town's name in the dataset's language, else the basemap's name in the
 * interface's language (`others`, keyed by the English name), else the label's own (English) name.
 */
export function cityLabelField(data: Dataset, others: Readonly<Record<string, string>> = {}): ExpressionSpecification {
  const names = data.local?.places;
  const fallback = basemapLabelField(others);
  if (!names || names.size === 0) return fallback;
  return [
    'match',
    ['coalesce', ['get', 'place_id'], ''],
    ...[...names].flat(),
    fallback,
    // A match of any number of label/name pairs: its type lists fixed arities only.
  ] as unknown as ExpressionSpecification;
}

/** A label's basemap name in the interface's language (countries, the sea), else as the basemap has it. */
export function basemapLabelField(names: Readonly<Record<string, string>>): ExpressionSpecification {
  const pairs = Object.entries(names);
  if (pairs.length === 0) return ['get', 'name'];
  return ['match', ['get', 'name'], ...pairs.flat(), ['get', 'name']] as unknown as ExpressionSpecification;
}

/** The text of the map's labels: town labels as the dataset names the towns, the others in the interface's language. */
export function labelFields(data: Dataset, others: Readonly<Record<string, string>>): Record<string, ExpressionSpecification> {
  return { 'city-labels': cityLabelField(data, others), 'country-labels': basemapLabelField(others) };
}

/** The style with these symbol layers' `text-field`s, for a map made with its labels already in place. */
export function withTextFields(style: StyleSpecification, fields: Record<string, ExpressionSpecification>): StyleSpecification {
  return {
    ...style,
    layers: style.layers.map((layer) => {
      const field = fields[layer.id];
      return field && layer.type === 'symbol' ? { ...layer, layout: { ...layer.layout, 'text-field': field } } : layer;
    }),
  };
}
