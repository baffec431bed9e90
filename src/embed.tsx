import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './visuallyHidden.css';
import { createRoot } from 'react-dom/client';
import { createViewModel } from './data/deriveView.ts';
import { loadDataset } from './data/loadDataset.ts';
import { EmbedApp } from './features/embed/EmbedApp.tsx';
import { explorerQuery, parseEmbedOptions, parseEmbedSelection, postHeight } from './features/embed/index.ts';
import { startOffline } from './features/offline/startOffline.ts';
import { t } from './lib/strings.ts';
import { AppContext } from './store/AppContext.tsx';
import { createAppStore } from './store/createAppStore.ts';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('embed.html has no #root element');
const options = parseEmbedOptions(window.location.search);
if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
const root = createRoot(rootEl);
root.render(
  <p className="status" role="status">
    {t.embed.loading}
  </p>,
);

// An embed shows one chart and answers no keys while it loads: it checks the data on its own
// thread, which keeps its JavaScript 5 KB smaller than a worker would (test/e2e/embed.spec.ts).
loadDataset().then(
  (data) => {
    const selection = parseEmbedSelection(window.location.search, data);
    const store = createAppStore(data.years, selection);
    const view = createViewModel(data);
    const explorerHref = new URL(`./${explorerQuery(selection, data)}`, window.location.href).href;
    root.render(
      <AppContext.Provider value={{ store, data, view }}>
        <EmbedApp options={options} explorerHref={explorerHref} view={view} />
      </AppContext.Provider>,
    );
  },
  (err: unknown) => {
    root.render(
      <p className="status error" role="alert">
        {t.loadFailed(err instanceof Error ? err.message : String(err))}
      </p>,
    );
    postHeight(rootEl);
  },
);

startOffline();
