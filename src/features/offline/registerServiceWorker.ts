/**
 * Registers the service worker that vite-plugin-pwa generates (Workbox, see offline() in
 * vite.config.ts) and, when a new build is waiting, shows a prompt to reload into it.
 *
 * The pages load this module with a dynamic import after they have drawn, so none of it is
 * in their first load; workbox-window, which the plugin's register code uses, is a further
 * chunk of its own. It is our own bundled code: no inline script, so the CSP stays as it is.
 *
 * Why a prompt and not a silent swap: the precache holds the app and its data as one
 * revision. The old worker keeps serving the old app with its old data until the reader
 * reloads (every open tab reloads with them), so a page never runs old code on new data.
 */
import { registerSW } from 'virtual:pwa-register';
import './updatePrompt.css';

/** The prompt's words, passed in so that this chunk does not split the strings from the entries. */
export interface PromptText {
  updateReady: string;
  reload: string;
}

export function registerServiceWorker(text: PromptText): void {
  const update = registerSW({
    onNeedRefresh: () => showUpdatePrompt(text, () => void update(true)),
  });
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
