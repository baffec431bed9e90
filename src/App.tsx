import { useState } from 'react';
import { t } from './lib/strings.ts';
import { loadOnce, useLoaded } from './lib/loadOnce.ts';
import { LanguageSwitch } from './features/language/LanguageSwitch.tsx';
import { Filters } from './features/filters/Filters.tsx';
import { MapPanel } from './features/map/MapPanel.tsx';
import { Timeline } from './features/timeline/Timeline.tsx';
import { YearChart } from './features/charts/YearChart.tsx';
import { TypeChart } from './features/charts/TypeChart.tsx';
import { TopTownsChart } from './features/charts/TopTownsChart.tsx';
import { expectedChartWidth } from './features/charts/chartWidth.ts';
import { ExpectedWidth } from './features/charts/useWidth.ts';
import { IncidentList } from './features/incidents/IncidentList.tsx';
import { CountAnnouncer } from './features/incidents/CountAnnouncer.tsx';
import type { EmbedChart } from './features/embed/embedParams.ts';
import type { ChartId } from './features/charts/ChartModel.ts';
import type { AppContextValue } from './store/AppContext.tsx';

// Share, embed and download (about 9 KB gzip with the image and data export): only readers who
// press a Share button load it, so the first view does without.
const shareDialog = loadOnce(() => import('./features/share/ShareDialog.tsx').then((m) => m.ShareDialog));
type ShareDialogProps = Parameters<typeof import('./features/share/ShareDialog.tsx').ShareDialog>[0];

/** The dialog once its code is in; while open, an alert in its place if the code did not arrive (the page goes on), which Close hides. */
function ShareWhenLoaded(props: ShareDialogProps) {
  const { value: ShareDialog, failed } = useLoaded(shareDialog);
  if (ShareDialog) return <ShareDialog {...props} />;
  return failed && props.open ? (
    <p className="status error" role="alert">
      {t.share.codeFailed}{' '}
      <button type="button" onClick={props.onClose}>
        {t.share.close}
      </button>
    </p>
  ) : null;
}

/** The explorer: map and timeline beside the filters and list, charts below. */
export function App({ view }: { view: AppContextValue['view'] }) {
  const [share, setShare] = useState<{ open: boolean; chart: EmbedChart }>({ open: false, chart: 'perYear' });
  // Mounted from the first press on, so that closing keeps the dialog (and its choices) in place.
  const [shareUsed, setShareUsed] = useState(false);
  // Read once, before the first layout (useWidth.ts).
  const [chartWidth] = useState(expectedChartWidth);
  if (share.open && !shareUsed) setShareUsed(true);
  const shareButton = (chart: ChartId) => (
    <button
      type="button"
      className="chart-share"
      onClick={() => setShare({ open: true, chart })}
      aria-label={t.share.openFor(t.share.charts[chart])}
    >
      {t.share.open}
    </button>
  );
  return (
    <div className="app">
      <a className="skip-link" href="#list-heading">
        {t.list.skipToList}
      </a>
      <CountAnnouncer />
      <header className="app-header">
        <div>
          <h1>{t.appTitle}</h1>
          <p>{t.appSubtitle}</p>
        </div>
        <div className="app-header-actions">
          <LanguageSwitch />
          <button type="button" onClick={() => setShare((s) => ({ ...s, open: true }))}>
            {t.share.open}
          </button>
        </div>
      </header>
      {shareUsed && (
        <ShareWhenLoaded open={share.open} initialChart={share.chart} onClose={() => setShare((s) => ({ ...s, open: false }))} />
      )}
      <main className="app-main">
        <div className="app-map">
          <MapPanel view={view} />
          <Timeline />
        </div>
        <aside className="app-side">
          <Filters />
          <IncidentList />
        </aside>
        <section className="app-charts" aria-label={t.charts.section}>
          <ExpectedWidth value={chartWidth}>
            <YearChart actions={shareButton('perYear')} />
            <TypeChart actions={shareButton('byType')} />
            <TopTownsChart actions={shareButton('topTowns')} />
          </ExpectedWidth>
        </section>
      </main>
      <footer className="app-footer">
        <p>{t.footer}</p>
        {t.translationNote && <p>{t.translationNote}</p>}
      </footer>
    </div>
  );
}
