/**
 * Starts offline use (README, "Offline") once the page has loaded: the registration code is
 * a chunk of its own, fetched after the first view, so it costs the first load nothing.
 *
 * Not in the dev server (it has no service worker to register), and not in a frame on
 * another site: there the browser gives the worker storage of its own for that site, and
 * every reader of an article would download the whole site in the background for an embed
 * that cannot open offline without its article anyway.
 */
import { t } from '../../lib/strings.ts';

export function startOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !framedBySite()) return;
  const start = () => void import('./registerServiceWorker.ts').then((m) => m.registerServiceWorker(t.offline));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** Whether the page is on top, or framed by a page of its own site (the share dialog's preview). */
function framedBySite(): boolean {
  if (window.top === window.self) return true;
  try {
    return window.top?.location.origin === window.location.origin;
  } catch {
    return false;
  }
}
