/**
 * The end-to-end driver, in the style of maputnik's: the specs speak of the explorer in its
 * own terms (given / when / then) and only the driver knows Playwright, the built site's
 * server and the DOM. This file is its public face; the parts live in driver/ by area:
 *
 *   server.ts    the built site (dist/), served on a free port of 127.0.0.1
 *   browser.ts   Debian's Chromium (WebGL on SwiftShader), one shared by the whole run
 *   network.ts   data files replaced, delayed, cut or failed; a static host's headers
 *   watch.ts     policy violations and active elements, recorded inside each page
 *   map.ts       waiting for the map to draw; where a place is drawn
 *   session.ts   a spec file's browser, context and page, and what they recorded
 *   locators.ts  the explorer's parts, by role and accessible name
 *   given.ts, when.ts, then.ts   the domain actions and readings
 */
import { given } from './driver/given.ts';
import { Session, type SessionOptions } from './driver/session.ts';
import { thenReadings } from './driver/then.ts';
import type { Explorer } from './driver/types.ts';
import { when } from './driver/when.ts';

export type { Pixels } from './png.ts';
export { CHROMIUM, CHROMIUM_ARGS, startBrowserServer } from './driver/browser.ts';
export { MAP_TIMEOUT } from './driver/map.ts';
export {
  DATA_FILES,
  headersFor,
  readHeadersFile,
  type DataFile,
  type DataOverrides,
  type DataResponse,
  type OpenOptions,
} from './driver/network.ts';
export { ROOT, startServer, startVersionedSite, type SiteServer, type VersionedSite } from './driver/server.ts';
export type { SessionOptions } from './driver/session.ts';
export {
  BARS,
  DESKTOP,
  PHONE,
  type AxeViolation,
  type ChartName,
  type ChartTexts,
  type Explorer,
  type ListItem,
  type Viewport,
} from './driver/types.ts';
export { visible, type ActiveElement } from './driver/watch.ts';

/**
 * The explorer for one test file. Without `baseUrl` the driver serves dist/ itself; without
 * `browserWsEndpoint` (the global setup's shared browser) it launches a browser of its own.
 */
export function createExplorer(options: SessionOptions = {}): Explorer {
  const s = new Session(options);
  return {
    given: given(s),
    when: when(s),
    then: thenReadings(s),
    page: s.page,
    origin: () => new URL(s.page().url()).origin,
    browser: s.browser,
    siteUrl: s.baseUrl,
    close: s.close,
  };
}
