import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/strings.ts';
import { useView } from '../../store/AppContext.tsx';

/** How long the count must hold still before it is read out: play steps a year every ~second. */
export const ANNOUNCE_DELAY_MS = 1200;

/**
 * A polite live region that reads out the number of incidents after a filter, a search or a
 * timeline step. Debounced, so that typing or playing the timeline announces only where it
 * settles; nothing is announced on load.
 */
export function CountAnnouncer() {
  // The array is recomputed only when a filter changes (not when an incident is opened).
  const { incidents } = useView();
  const n = incidents.length;
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setMessage(t.list.countAnnounced(n)), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [incidents, n]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="count-announcer">
      {message}
    </p>
  );
}
