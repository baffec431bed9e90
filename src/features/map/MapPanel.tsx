import { lazy, Suspense, useMemo } from 'react';
import { notOnMap } from '../../data/notOnMap.ts';
import { INCIDENT_TYPES } from '../../data/vocabulary.ts';
import { t } from '../../lib/strings.ts';
import { TYPE_COLORS } from '../../lib/typeColors.ts';
import { useAppActions, useAppStore, useDataset, useView, type AppContextValue } from '../../store/AppContext.tsx';
import { choroplethLegend, CHOROPLETH, COLORS } from './mapStyle.ts';
import { RING_COLOR } from './pieImage.ts';
import { MapNotice } from './MapNotice.tsx';
import './MapPanel.css';
import { Isolated } from '../../lib/isolate.tsx';

// The map library is ~290 KB gzip: only pages that show a map load it.
const IncidentMap = lazy(() => import('./IncidentMap.tsx'));

/** The map with its controls: mode switch, legend, and the incidents no map can place. */
export function MapPanel({ view }: { view: AppContextValue['view'] }) {
  const mode = useAppStore((s) => s.selection.mapMode);
  const place = useAppStore((s) => s.selection.place);
  const precise = useAppStore((s) => s.selection.precise);
  const actions = useAppActions();
  const { map } = useView();
  const data = useDataset();
  const everNotOnMap = useMemo(() => notOnMap(data.incidents), [data]);

  const unstatedOn = place?.kind === 'unstated';
  return (
    <section className="map-panel" aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        {t.map.heading}
      </h2>
      <div className="map-frame">
        <Suspense fallback={<div className="map-loading">{t.map.loading}</div>}>
          <IncidentMap view={view} />
        </Suspense>
        <MapNotice />
        <fieldset className="map-mode">
          <legend className="visually-hidden">{t.map.modeLabel}</legend>
          {(['towns', 'regions'] as const).map((m) => (
            <label key={m} className={mode === m ? 'on' : undefined}>
              <input type="radio" name="map-mode" value={m} checked={mode === m} onChange={() => actions.setMapMode(m)} />
              {m === 'towns' ? t.map.towns : t.map.regions}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="map-below">
        {!precise && (everNotOnMap.unstated > 0 || everNotOnMap.areas.size > 0 || unstatedOn) && (
          <div className="not-on-map">
            <span>{t.map.notOnMap}:</span>
            <button
              type="button"
              aria-pressed={unstatedOn}
              disabled={map.unstated === 0 && !unstatedOn}
              onClick={() => actions.setPlace(unstatedOn ? null : { kind: 'unstated' })}
            >
              {t.map.unstated} ({map.unstated})
            </button>
            {[...everNotOnMap.areas].map(([id, name]) => {
              const on = place?.kind === 'area' && place.id === id;
              const count = map.areas.get(id)?.count ?? 0;
              return (
                <button
                  key={id}
                  type="button"
                  aria-pressed={on}
                  disabled={count === 0 && !on}
                  onClick={() => actions.setPlace(on ? null : { kind: 'area', id })}
                >
                  <Isolated>{map.areas.get(id)?.name ?? name}</Isolated> ({count})
                </button>
              );
            })}
          </div>
        )}
        <MapLegend
          mode={mode}
          max={map.maxRegion}
          placed={map.towns.reduce((n, town) => n + town.total, 0)}
          linked={map.linkedIncidents}
        />
      </div>
    </section>
  );
}

export function MapLegend({
  mode,
  max,
  placed,
  linked,
}: {
  mode: 'towns' | 'regions';
  max: number;
  /** Incidents drawn as pies (placed in a town) and as rings (linked to one), counted apart. */
  placed: number;
  linked: number;
}) {
  if (mode === 'regions') {
    const steps = choroplethLegend(max).map((s) => ({ c: CHOROPLETH[s.class], from: s.from }));
    return (
      <div className="map-legend" aria-label={t.map.legendRegions}>
        <span>{t.map.legendRegionsPlaced}:</span>
        <span className="legend-item">
          <span className="swatch" style={{ background: COLORS.region, outline: '1px solid #ccc' }} /> 0
        </span>
        {steps.map((s) => (
          <span key={s.c} className="legend-item">
            <span className="swatch" style={{ background: s.c }} /> {s.from}+
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className="map-legend" aria-label={t.map.legendTypes}>
      <span className="legend-item">{t.map.legendPlaced(placed)}</span>
      {INCIDENT_TYPES.map((type) => (
        <span key={type} className="legend-item">
          <span className="swatch" style={{ background: TYPE_COLORS[type] }} /> {t.types[type]}
        </span>
      ))}
      <span className="legend-item">
        <span className="swatch dashed" style={{ borderColor: COLORS.regionOnly }} /> {t.map.legendRegionOnly}
      </span>
      <span className="legend-item linked">
        <span className="swatch ring" style={{ borderColor: RING_COLOR }} /> {t.map.legendLinked(linked)}
      </span>
    </div>
  );
}
