import { useMemo } from 'react';
import { notOnMap } from '../../data/notOnMap.ts';
import { t } from '../../lib/strings.ts';
import { useAppActions, useAppStore, useDataset, useView, type AppContextValue } from '../../store/AppContext.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapNotice } from './MapNotice.tsx';
import { MapWhenLoaded } from './MapWhenLoaded.tsx';
import './MapPanel.css';
import { Isolated } from '../../lib/isolate.tsx';

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
        <MapWhenLoaded view={view} />
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
