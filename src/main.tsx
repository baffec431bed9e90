import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startOffline } from './features/offline/startOffline.ts';
import { loadDatasetInWorker } from './data/loadInWorker.ts';
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
root.render(
  <p className="status" role="status">
    {t.loading}
  </p>,
);

loadDatasetInWorker().then(
  async (data) => {
    const store = createAppStore(data.years, parseSelection(window.location.search, data.years).selection);
    syncUrl(store, data.years);
    // A link in Russian or Kazakh, or with a search, opens with what it needs (none for English).
    const initialTexts = await preloadTexts(store.getState().selection);
    root.render(
      <StrictMode>
        <LocalizedData store={store} data={data} initialTexts={initialTexts}>
          {(view) => <App view={view} />}
        </LocalizedData>
      </StrictMode>,
    );
  },
  (err: unknown) => {
    root.render(
      <p className="status error" role="alert">
        {t.loadFailed(err instanceof Error ? err.message : String(err))}
      </p>,
    );
  },
);

startOffline();
