/**
 * Keeps the URL and the store in step: every selection change becomes a history entry
 * (replaced, not pushed, while playing or typing, so Back is not flooded), and Back/Forward
 * restore the selection they point at.
 */
import type { AppStore } from './createAppStore.ts';
import type { Selection } from '../data/Selection.ts';
import { encodeSelection, parseSelection } from './urlState.ts';

const sameExceptQ = (a: Selection, b: Selection, bounds: [number, number]) =>
  encodeSelection({ ...a, q: '' }, bounds) === encodeSelection({ ...b, q: '' }, bounds);

export function syncUrl(store: AppStore, win: Window = window): () => void {
  const bounds = store.getState().bounds;
  let applyingPop = false;
  let lastQ = store.getState().selection.q;

  const unsubscribe = store.subscribe((state, prev) => {
    if (applyingPop || state.selection === prev.selection) return;
    const search = encodeSelection(state.selection, bounds);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // Typing changes the search and nothing else; "Clear all filters" also clears the
    // search, but must still be a history entry that Back can undo.
    const typing = state.selection.q !== lastQ && sameExceptQ(state.selection, prev.selection, bounds);
    lastQ = state.selection.q;
    if (state.playing || typing) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });

  const onPop = () => {
    applyingPop = true;
    const { selection } = parseSelection(win.location.search, bounds);
    lastQ = selection.q;
    store.getState().replaceSelection(selection);
    applyingPop = false;
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
