import { encodeSelection } from '../../store/urlState.ts';
import { useAppStore, useDataset } from '../../store/AppContext.tsx';

/**
 * The explorer's address for a selection, written by the URL codec: the page's own address
 * (path and fragment) with the selection as its query, whatever the address bar says now.
 */
export function explorerLink(selection: Parameters<typeof encodeSelection>[0], years: [number, number], page: string): string {
  const url = new URL(page);
  url.search = encodeSelection(selection, years);
  return url.href;
}

/** The link to the current selection that the share dialog, images and data files carry. */
export function useShareLink(): string {
  const selection = useAppStore((s) => s.selection);
  return explorerLink(selection, useDataset().years, window.location.href);
}
