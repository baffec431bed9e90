// First: the data worker starts before the other modules are evaluated.
import { startedLoad } from './data/startDataLoad.ts';
import './fonts.css';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { preloadMap } from './features/map/MapWhenLoaded.tsx';
import { startOffline } from './features/offline/startOffline.ts';
import { haystackOf } from './data/incidentsFromColumns.ts';
import { loadDatasetInWorker } from './data/loadInWorker.ts';
import { Localized } from './features/language/Localized.tsx';
import { loadIncidentDetail } from './features/incidents/lazyDetail.ts';
import { preferredLang } from './features/language/preferredLang.ts';
import { startLanguage } from './features/language/startLanguage.tsx';
import { t } from './lib/strings.ts';
import { LocalizedData, preloadTexts } from './store/LocalizedData.tsx';
import { createAppStore } from './store/createAppStore.ts';
import { syncUrl } from './store/syncUrl.ts';
import { parseSelection } from './store/urlState.ts';
import './shared.css';
import './styles.css';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = createRoot(rootEl);
// The reader's language when the URL names none; its strings load beside the data (a failed
// load keeps English), and the loading message waits for them rather than flash English.
const readerLang = preferredLang(navigator.languages);
const { strings, done } = startLanguage(root, () => t.loading);

// The first view's bytes are in: the map's code downloads while the worker reads the data and
// the page draws the list and charts, and takes no bandwidth from them. (When a data file
// failed, the map's place waits for the page: no 290 KB behind an error message.)
void Promise.all([startedLoad.downloaded, strings]).then(([all]) => {
  if (all) void preloadMap().catch(() => undefined);
});

Promise.all([loadDatasetInWorker(startedLoad), strings]).then(
  async ([{ data, searchText }]) => {
    const store = createAppStore(data.years, parseSelection(window.location.search, data.years, readerLang).selection);
    syncUrl(store, data.years, window, readerLang);
    // A link in Russian or Kazakh, or with a search, opens with what it needs (none for English),
    // a search with the incidents' search text; a link to an incident with its detail.
    const { selection } = store.getState();
    const [initialTexts, text] = await Promise.all([
      preloadTexts(selection),
      // The first render of a search needs it (else the page folds it itself, a quarter second at 100k).
      selection.q.trim() ? searchText.catch(() => undefined) : undefined,
      selection.incident && loadIncidentDetail().catch(() => undefined),
    ]);
    done();
    root.render(
      <StrictMode>
        <LocalizedData
          store={store}
          data={data}
          initialTexts={initialTexts}
          searchText={{ haystacks: text ?? searchText, fold: haystackOf }}
        >
          {(view) => (
            <>
              <Localized>
                <App view={view} />
              </Localized>
              {/* Outside Localized, which mounts its children anew when the language changes. */}
              <AfterFirstView />
            </>
          )}
        </LocalizedData>
      </StrictMode>,
    );
  },
  (err: unknown) => {
    done();
    startOffline();
    root.render(
      <p className="status error" role="alert">
        {t.loadFailed(err instanceof Error ? err.message : String(err))}
      </p>,
    );
  },
);

/** Offline use (the service worker's code and its precache downloads) starts once the first view is drawn. */
function AfterFirstView() {
  useEffect(() => startOffline(), []);
  return null;
}
