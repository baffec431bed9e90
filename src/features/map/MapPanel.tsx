import { lazy, Suspense } from 'react';
import { t } from '../../lib/strings.ts';
import { useAppActions, useAppStore, useView, type AppContextValue } from '../../store/AppContext.tsx';
import { MapLegend } from './MapLegend.tsx';
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
        {!precise && (map.unstated > 0 || map.areas.size > 0 || unstatedOn) && (
          <div className="not-on-map">
            <span>{t.map.notOnMap}:</span>
            <button
              type="button"
              aria-pressed={unstatedOn}
              onClick={() => actions.setPlace(unstatedOn ? null : { kind: 'unstated' })}
            >
              {t.map.unstated} ({map.unstated})
            </button>
            {[...map.areas].map(([id, a]) => {
              const on = place?.kind === 'area' && place.id === id;
              return (
                <button
                  key={id}
                  type="button"
                  aria-pressed={on}
                  onClick={() => actions.setPlace(on ? null : { kind: 'area', id })}
                >
                  <Isolated>{a.name}</Isolated> ({a.count})
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
