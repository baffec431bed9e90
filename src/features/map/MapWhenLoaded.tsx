/**
 * The explorer's map once its code is in (~290 KB gzip): only pages that show a map load it.
 * (The map embed has only the map to show, and keeps React.lazy: map/index.ts.)
 */
import { useEffect, useState } from 'react';
import { t } from '../../lib/strings.ts';
import type { AppContextValue } from '../../store/AppContext.tsx';

type IncidentMapComponent = (typeof import('./IncidentMap.tsx'))['default'];
let loaded: IncidentMapComponent | null = null;
let loading: Promise<IncidentMapComponent> | undefined;
/**
 * Starts the map's code once: the explorer asks as soon as the first view's data and fonts are
 * in (main.tsx), so that it downloads while the list and charts are drawn, not after, and
 * takes no bandwidth from them.
 */
export function preloadMap(): Promise<IncidentMapComponent> {
  loading ??= import('./IncidentMap.tsx').then((m) => (loaded = m.default));
  return loading;
}

/**
 * The map once its code is in. Not React.lazy: a failed download would throw in the render and
 * take the whole page down (there is nothing else to catch it), where the timeline, charts and
 * list need no map; and React shows what comes after a fallback no sooner than 300 ms after it.
 */
export function MapWhenLoaded({ view }: { view: AppContextValue['view'] }) {
  const [IncidentMap, setIncidentMap] = useState<IncidentMapComponent | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (IncidentMap) return;
    let live = true;
    preloadMap().then(
      (component) => {
        if (live) setIncidentMap(() => component);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [IncidentMap]);
  if (IncidentMap) return <IncidentMap view={view} />;
  if (failed) {
    return (
      <div className="map-failed" role="status">
        {t.map.codeFailed}
      </div>
    );
  }
  return <div className="map-loading">{t.map.loading}</div>;
}
