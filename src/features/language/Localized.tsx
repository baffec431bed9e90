import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { t } from '../../lib/strings.ts';
import { loadLanguage } from './loadLanguage.ts';
import { useAppStore } from '../../store/AppContext.tsx';

/**
 * Renders its children in the selection's language: when it changes, loads that language's
 * strings, then mounts the children afresh, so every component, memo and description reads
 * the new `t` (the selection itself lives in the store and survives). Until the strings
 * arrive, or if they cannot (offline, never cached), the page stays in the language it shows.
 */
export function Localized({ children }: { children: ReactNode }) {
  const lang = useAppStore((s) => s.selection.lang);
  const [shown, setShown] = useState(t.lang);
  useEffect(() => {
    let current = true;
    loadLanguage(lang).then(
      () => {
        if (current) setShown(t.lang);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  return <Fragment key={shown}>{children}</Fragment>;
}
