/**
 * Gives every view below it the dataset in the reader's language (selection.lang) and a search
 * that finds a record by its English, Russian or Kazakh words and other spellings of its names.
 * The one place that knows which language the data is in: components read useDataset() and
 * useView() as before. Each language's dataset and view model are built once and kept.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LocalizedText } from '../data/datasetSchema.ts';
import { createViewModel } from '../data/deriveView.ts';
import { hasCyrillic } from '../data/foldText.ts';
import type { Dataset, Incident } from '../data/Incident.ts';
import { localizeDataset } from '../data/localizeDataset.ts';
import { loadNames, loadText } from '../data/loadText.ts';
import { SearchIndex } from '../data/SearchIndex.ts';
import { t } from '../lib/strings.ts';
import { AppContext, type AppContextValue } from './AppContext.tsx';
import type { AppStore } from './createAppStore.ts';
import type { Selection } from '../data/Selection.ts';

type TextLang = 'ru' | 'kk';
export type LoadedTexts = Partial<Record<TextLang, LocalizedText>>;

/** The text files a selection needs: its language's, and for a Cyrillic query both. */
function textsFor(sel: Pick<Selection, 'lang' | 'q'>): TextLang[] {
  const out = new Set<TextLang>();
  if (sel.lang !== 'en') out.add(sel.lang);
  if (hasCyrillic(sel.q)) {
    out.add('ru');
    out.add('kk');
  }
  return [...out];
}

/**
 * Loads, before the first render, what the selection of a shared link needs: its language's
 * texts and, for a search, the other spellings. A file that fails to load is left out: the
 * page shows the English and tries again on the next change.
 */
export async function preloadTexts(sel: Selection, base?: string): Promise<LoadedTexts> {
  const out: LoadedTexts = {};
  await Promise.all([
    ...textsFor(sel).map((lang) =>
      loadText(lang, base).then(
        (text) => void (out[lang] = text),
        () => undefined,
      ),
    ),
    sel.q.trim() ? loadNames(base).catch(() => undefined) : undefined,
  ]);
  return out;
}

export function LocalizedData({
  store,
  data,
  initialTexts = {},
  searchText,
  base,
  children,
}: {
  store: AppStore;
  /** The English dataset. */
  data: Dataset;
  initialTexts?: LoadedTexts;
  /**
   * The incidents' search text, if they come without it (loadInWorker.ts): each one's haystack
   * in their order or the promise of it, and how to fold one on the page (haystackOf) if a
   * query comes first.
   */
  searchText?: { haystacks: readonly string[] | Promise<readonly string[]>; fold: (i: Incident) => string };
  /** Where the data files are (the page's data/ folder unless told). */
  base?: string;
  children: (view: AppContextValue['view']) => ReactNode;
}) {
  const lang = useStore(store, (s) => s.selection.lang);
  const q = useStore(store, (s) => s.selection.q);
  const [texts, setTexts] = useState<LoadedTexts>(initialTexts);
  // The languages whose text file failed on the last try: the reader is told the data stays English.
  const [failed, setFailed] = useState<Partial<Record<TextLang, boolean>>>({});
  const [search] = useState(() => {
    const index = new SearchIndex(data.incidents, searchText?.fold);
    const haystacks = searchText?.haystacks;
    if (haystacks && !(haystacks instanceof Promise)) index.setText(haystacks);
    for (const [l, text] of Object.entries(initialTexts) as [TextLang, LocalizedText][]) index.addText(l, text);
    return index;
  });
  // Each language's dataset and view model, built once (switching back reuses them).
  const [built] = useState(() => new Map<string, AppContextValue>());

  // The incidents' own text, folded by the data worker while the first view was drawn. No view
  // looks again: none has searched without it (a query before it came had it folded here).
  const later = searchText?.haystacks;
  useEffect(() => {
    if (later instanceof Promise) void later.then((haystacks) => search.setText(haystacks), noop);
  }, [later, search]);

  // The other spellings (a few KB) on the first search; both Cyrillic texts on the first Cyrillic one.
  useEffect(() => {
    let live = true;
    const changed = () => {
      // The same query may find more now: a new selection object makes every view, and the map, look again.
      if (live && store.getState().selection.q.trim()) store.setState((s) => ({ selection: { ...s.selection } }));
    };
    if (q.trim() && !search.has('names')) {
      void loadNames(base).then((names) => {
        search.addNames(names);
        changed();
      }, noop);
    }
    for (const l of textsFor({ lang, q })) {
      if (search.has(l)) continue;
      void loadText(l, base).then(
        (text) => {
          search.addText(l, text);
          if (live) {
            setTexts((had) => (had[l] ? had : { ...had, [l]: text }));
            setFailed((f) => (f[l] ? { ...f, [l]: false } : f));
          }
          changed();
        },
        () => live && setFailed((f) => (f[l] ? f : { ...f, [l]: true })),
      );
    }
    return () => {
      live = false;
    };
  }, [lang, q, search, store, base]);

  const text = lang === 'en' ? undefined : texts[lang];
  const value = useMemo(() => {
    const key = text ? lang : 'en';
    let v = built.get(key);
    if (!v) {
      const localized = { ...(text && lang !== 'en' ? localizeDataset(data, lang, text) : data), search };
      if (localized.incidents !== data.incidents) search.follow(localized.incidents);
      v = { store, data: localized, view: createViewModel(localized) };
      built.set(key, v);
    }
    return v;
  }, [lang, text, data, store, search, built]);

  return (
    <AppContext.Provider value={value}>
      {lang !== 'en' && !text && failed[lang] && (
        <p className="text-notice" role="status">
          {t.textFailed}
        </p>
      )}
      {children(value.view)}
    </AppContext.Provider>
  );
}

function noop() {}
