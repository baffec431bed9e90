import { useEffect, useState } from 'react';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { describePlace, regionName } from '../../lib/places.ts';
import { parsePlaceKey, placeKey } from '../../data/Selection.ts';
import { useAppActions, useAppStore, useDataset } from '../../store/AppContext.tsx';
import './Filters.css';
import { Isolated } from '../../lib/isolate.tsx';

/** Type toggles, text search, a keyboard-friendly place picker, and "clear". */
export function Filters() {
  const types = useAppStore((s) => s.selection.types);
  const q = useAppStore((s) => s.selection.q);
  const precise = useAppStore((s) => s.selection.precise);
  const place = useAppStore((s) => s.selection.place);
  const actions = useAppActions();
  const data = useDataset();
  const [text, setText] = useState(q);
  // Open on wide screens; on a phone the nine toggles would fill the first screen.
  const [wide] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 901px)').matches);

  // Follow the store when the URL changes under us (Back, a pasted link).
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    setText(q);
  }
  useEffect(() => {
    if (text === q) return;
    const timer = window.setTimeout(() => actions.setQuery(text), 150);
    return () => window.clearTimeout(timer);
  }, [text, q, actions]);

  const towns = [...data.towns].sort((a, b) => a[1].name.localeCompare(b[1].name));
  const regions = [...new Set(data.incidents.map((i) => i.admin1).filter((a): a is string => !!a))].sort();
  const placeName = describePlace(place, data);

  return (
    <section className="filters" aria-label={t.filters.heading}>
      <details className="filters-types" open={wide}>
        <summary>
          {t.filters.types}:{' '}
          {types.length === INCIDENT_TYPES.length ? t.filters.allTypes : `${types.length} of ${INCIDENT_TYPES.length}`}
        </summary>
        <fieldset className="type-toggles">
          <legend className="visually-hidden">{t.filters.types}</legend>
          {INCIDENT_TYPES.map((type) => (
            <label key={type} className="type-toggle">
              <input type="checkbox" checked={types.includes(type)} onChange={() => actions.toggleType(type)} />
              <span className="swatch" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
              {t.types[type]}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="filter-row">
        <label className="search">
          <span>{t.filters.search}</span>
          <input
            type="search"
            value={text}
            placeholder={t.filters.searchPlaceholder}
            maxLength={100}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="place-picker">
          <span>{t.filters.place}</span>
          <select value={placeKey(place)} onChange={(e) => actions.setPlace(parsePlaceKey(e.target.value))}>
            <option value="">{t.filters.allPlaces}</option>
            <optgroup label={t.map.towns}>
              {towns.map(([id, town]) => (
                <option key={id} value={id}>
                  {town.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.map.regions}>
              {regions.map((r) => (
                <option key={r} value={`region:${r}`}>
                  {regionName(r, data)}
                </option>
              ))}
            </optgroup>
            <option value="unstated">{t.map.unstated}</option>
            {place?.kind === 'area' && <option value={placeKey(place)}>{placeName}</option>}
          </select>
        </label>
        <label className="precise" title={t.filters.preciseHint}>
          <input type="checkbox" checked={precise} onChange={(e) => actions.setPrecise(e.target.checked)} />
          {t.filters.precise}
        </label>
        {place && (
          <button type="button" onClick={() => actions.setPlace(null)}>
            {t.filters.clearPlace('')}
            <Isolated>{placeName}</Isolated> ×
          </button>
        )}
        <button type="button" onClick={() => actions.clearFilters()}>
          {t.filters.clearAll}
        </button>
      </div>
    </section>
  );
}
