/**
 * The explorer's map once its code is in (~290 KB gzip): only pages that show a map load it.
 * Not React.lazy (src/lib/loadOnce.ts): the timeline, charts and list need no map, and go on
 * without it when its code does not arrive; and React shows what comes after a fallback no
 * sooner than 300 ms after it. (The map embed uses React.lazy, inside an error boundary:
 * EmbedApp.tsx.)
 */
import { t } from '../../lib/strings.ts';
import { loadOnce, useLoaded } from '../../lib/loadOnce.ts';
import type { AppContextValue } from '../../store/AppContext.tsx';

const incidentMap = loadOnce(() => import('./IncidentMap.tsx').then((m) => m.default));

/**
 * Starts the map's code: the explorer asks as soon as the first view's data and fonts are in
 * (main.tsx), so that it downloads while the list and charts are drawn, not after, and takes
 * no bandwidth from them.
 */
export const preloadMap = () => incidentMap.load();

export function MapWhenLoaded({ view }: { view: AppContextValue['view'] }) {
  const { value: IncidentMap, failed } = useLoaded(incidentMap);
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
