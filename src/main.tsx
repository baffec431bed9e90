import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createViewModel } from './data/deriveView.ts';
import { startOffline } from './features/offline/startOffline.ts';
import { loadDatasetInWorker } from './data/loadInWorker.ts';
import { t } from './lib/strings.ts';
import { AppContext } from './store/AppContext.tsx';
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
  (data) => {
    const store = createAppStore(data.years, parseSelection(window.location.search, data.years).selection);
    syncUrl(store, data.years);
    const view = createViewModel(data);
    root.render(
      <StrictMode>
        <AppContext.Provider value={{ store, data, view }}>
          <App view={view} />
        </AppContext.Provider>
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
