import { describeEmpty, describeEmptyCoverage } from '../charts/index.ts';
import { t } from '../../lib/strings.ts';
import { useAppStore, useDataset, useView } from '../../store/AppContext.tsx';

/**
 * Said over the map when it would otherwise mislead: an empty map for years no report covers
 * is no data, not no incidents; and a map of years some of which no report covers says so.
 */
export function MapNotice() {
  const data = useDataset();
  const from = useAppStore((s) => s.selection.from);
  const to = useAppStore((s) => s.selection.to);
  const empty = useView().incidents.length === 0;
  const text = empty ? describeEmpty(data, from, to, t.list.empty) : describeEmptyCoverage(data, from, to);
  if (!text) return null;
  return (
    <p className={empty ? 'map-notice empty' : 'map-notice'} role="note">
      {text}
    </p>
  );
}
