/**
 * Registers the service worker that vite-plugin-pwa generates (Workbox, see offline() in
 * vite.config.ts) and, when a new build is waiting, shows a prompt to reload into it.
 *
 * The pages load this module with a dynamic import after they have drawn, so none of it is
 * in their first load. It is our own bundled code: no inline script, so the CSP stays as it is.
 * It talks to the browser's service worker API itself rather than through the plugin's
 * register code and workbox-window (3 KB gzip that every embed loaded): what it needs of them
 * is a few lines, below.
 *
 * Why a prompt and not a silent swap: the precache holds the app and its data as one
 * revision. The old worker keeps serving the old app with its old data until the reader
 * reloads (every open tab reloads with them), so a page never runs old code on new data.
 */
import './updatePrompt.css';

/** Where vite-plugin-pwa writes the worker, beside the pages (vite.config.ts, base './'). */
const WORKER_URL = './sw.js';

/** The prompt's words, passed in so that this chunk does not split the strings from the entries. */
export interface PromptText {
  updateReady: string;
  reload: string;
}

export function registerServiceWorker(text: PromptText): void {
  const container = navigator.serviceWorker;
  /** A new build is installed and waits: offer it; once it controls the page, reload into it. */
  const offer = (waiting: ServiceWorker) => {
    if (document.querySelector('.update-prompt')) return;
    // Whichever tab the reader accepts in, every tab that was offered the update reloads with it.
    container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    // Workbox's generated worker (sw.js) answers this message with skipWaiting().
    showUpdatePrompt(text, () => waiting.postMessage({ type: 'SKIP_WAITING' }));
  };
  container.register(WORKER_URL, { scope: './' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Where workers are blocked (a browser setting; the browser tests), there is none.
      if (!registration) return;
      /** A new build being installed: offered once installed. The first install has no worker
       * before it (registration.active): it takes over at once, with nothing to offer. */
      const watch = () => {
        const installing = registration.installing;
        if (!installing || !registration.active) return;
        installing.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      };
      // Installed during an earlier visit (or by another tab), and still waiting.
      if (registration.waiting && registration.active) offer(registration.waiting);
      watch(); // found by the browser's own check at navigation, before this ran
      registration.addEventListener('updatefound', watch);
    },
    // Without a worker the site still works online; offline use is what is lost.
    () => undefined,
  );
}

/** A bar at the foot of the page: "New data or a new version … Reload". Text only, no markup. */
function showUpdatePrompt(words: PromptText, reload: () => void): void {
  if (document.querySelector('.update-prompt')) return;
  const bar = document.createElement('div');
  bar.className = 'update-prompt';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = words.updateReady;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.reload;
  button.addEventListener('click', () => {
    button.disabled = true;
    reload();
  });
  bar.append(text, ' ', button);
  document.body.append(bar);
}
