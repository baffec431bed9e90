import './fonts.css';
import './shared.css';
import { createRoot } from 'react-dom/client';
import { createViewModel } from './data/deriveView.ts';
import { loadDataset } from './data/loadDataset.ts';
import { EmbedApp } from './features/embed/EmbedApp.tsx';
// From the modules themselves, not the feature's index: that would bring the share dialog's frame sizing too.
import { explorerQuery, parseEmbedOptions, parseEmbedSelection } from './features/embed/embedParams.ts';
import { postHeight } from './features/embed/postHeight.ts';
import { startOffline } from './features/offline/startOffline.ts';
import { Localized } from './features/language/Localized.tsx';
import { startLanguage } from './features/language/startLanguage.tsx';
import { t } from './lib/strings.ts';
import { AppContext, type AppContextValue } from './store/AppContext.tsx';
import { createAppStore } from './store/createAppStore.ts';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('embed.html has no #root element');
const options = parseEmbedOptions(window.location.search);
if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
const root = createRoot(rootEl);
// An embed speaks the language its snippet names (the share dialog always writes one).
const { strings, done } = startLanguage(root, () => t.embed.loading);

// An embed shows one chart and answers no keys while it loads: it checks the data on its own
// thread, which keeps its JavaScript 5 KB smaller than a worker would (test/e2e/embed.spec.ts).
Promise.all([loadDataset(), strings]).then(
  async ([data]) => {
    const selection = { ...parseEmbedSelection(window.location.search, data), lang: t.lang };
    const store = createAppStore(data.years, selection);
    const explorerHref = new URL(`./${explorerQuery(selection, data)}`, window.location.href).href;
    const embed = (view: AppContextValue['view']) => (
      <Localized>
        <EmbedApp options={options} explorerHref={explorerHref} view={view} />
      </Localized>
    );
    // In Russian or Kazakh, our data texts too, through the explorer's one seam; the English
    // embed loads none of this code (test/e2e/embed.spec.ts). If that code fails to load, English.
    const seam = t.lang === 'en' ? undefined : await import('./store/LocalizedData.tsx').catch(() => undefined);
    if (!seam) {
      done();
      const view = createViewModel(data);
      root.render(<AppContext.Provider value={{ store, data, view }}>{embed(view)}</AppContext.Provider>);
      return;
    }
    const { LocalizedData, preloadTexts } = seam;
    const initialTexts = await preloadTexts(selection);
    done();
    root.render(
      <LocalizedData store={store} data={data} initialTexts={initialTexts}>
        {embed}
      </LocalizedData>,
    );
  },
  (err: unknown) => {
    done();
    root.render(
      <p className="status error" role="alert">
        {t.loadFailed(err instanceof Error ? err.message : String(err))}
      </p>,
    );
    postHeight(rootEl);
  },
);

startOffline();
