import { useEffect, useState } from 'react';
import type { PassageFile } from '../../data/datasetSchema.ts';

export type PassagesState =
  { status: 'loading' } | { status: 'ready'; file: PassageFile } | { status: 'failed'; message: string };

let pending: Promise<PassageFile> | null = null;

/** The cited passages, fetched once, the first time a detail is opened (src/data/passages.ts). */
export function usePassages(): PassagesState {
  const [state, setState] = useState<PassagesState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // Imported here, not at the top: the check brings zod, which the first view does without.
    pending ??= import('../../data/loadPassages.ts').then((m) => m.loadPassages(new URL('./data/', document.baseURI).href));
    pending.then(
      (file) => live && setState({ status: 'ready', file }),
      (e: unknown) => {
        pending = null;
        if (live) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
