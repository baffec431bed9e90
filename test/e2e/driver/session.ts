/**
 * One spec file's hold on the browser: the site's address, the browser, and the current
 * context and page with what they recorded (requests, errors, console). Each given step
 * opens a fresh context, so no test sees another's cookies, storage or routes.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { connectBrowser, launchBrowser } from './browser.ts';
import { serveLongUrl, serveResponses, type OpenOptions } from './network.ts';
import { startServer, type SiteServer } from './server.ts';
import type { Viewport } from './types.ts';
import { watchPage } from './watch.ts';

export interface SessionOptions {
  /** The served site (from the global setup); without it, the session serves dist/ itself. */
  baseUrl?: string;
  /** The shared browser (from the global setup); without it, the session launches one. */
  browserWsEndpoint?: string;
  /** Chromium flags of this file's own: the session launches a browser of its own with them. */
  chromiumArgs?: readonly string[];
}

export class Session {
  context: BrowserContext | null = null;
  framingPage: Page | null = null;
  requests: string[] = [];
  /** The context's requests so far, whose headers referers() reads when a spec asks. */
  requestLog: Request[] = [];
  pageErrors: string[] = [];
  consoleMessages: string[] = [];
  private currentPage: Page | null = null;
  private server: Promise<SiteServer> | null = null;
  private browserPromise: Promise<Browser> | null = null;

  constructor(private readonly options: SessionOptions) {}

  readonly page = (): Page => {
    if (!this.currentPage) throw new Error('No explorer open: call given.explorerAt() first');
    return this.currentPage;
  };

  readonly baseUrl = async (): Promise<string> => {
    if (this.options.baseUrl) return this.options.baseUrl;
    this.server ??= startServer();
    return (await this.server).url;
  };

  readonly browser = (): Promise<Browser> => {
    const args = this.options.chromiumArgs ?? [];
    this.browserPromise ??= args.length > 0 ? launchBrowser(args) : connectBrowser(this.options.browserWsEndpoint);
    return this.browserPromise;
  };

  /** A fresh browser context and page, watched, with the responses `opts` asks for. */
  readonly openContext = async (viewport: Viewport, opts: OpenOptions): Promise<Page> => {
    if (this.context) await this.context.close();
    this.requests = [];
    this.requestLog = [];
    this.pageErrors = [];
    this.consoleMessages = [];
    this.framingPage = null;
    const phone = viewport.width < 600;
    const context = await (
      await this.browser()
    ).newContext({
      viewport,
      deviceScaleFactor: 1,
      hasTouch: phone,
      isMobile: phone,
      serviceWorkers: opts.serviceWorkers ?? 'block',
      bypassCSP: opts.bypassCsp ?? false,
      ...(opts.locale ? { locale: opts.locale } : {}),
    });
    this.context = context;
    const trace = (globalThis as { e2eTrace?: { contexts: number; navigations: number; frames: number } }).e2eTrace;
    if (trace) {
      trace.contexts++;
      context.on('page', (p) =>
        p.on('framenavigated', (f) => {
          if (f.parentFrame()) trace.frames++;
          else trace.navigations++;
        }),
      );
    }
    context.on('request', (r) => {
      this.requests.push(r.url());
      this.requestLog.push(r);
    });
    context.on('console', (m) => this.consoleMessages.push(`${m.type()}: ${m.text()}`));
    await context.addInitScript(watchPage);
    if (opts.data || opts.failPaths || opts.siteHeaders) await serveResponses(context, await this.baseUrl(), opts);
    const page = await context.newPage();
    page.on('pageerror', (e) => this.pageErrors.push(e.message));
    this.currentPage = page;
    return page;
  };

  /**
   * The Referer header each request of the context sent. Read when asked, not as each request
   * starts: reading a request's headers is a round trip to the browser, and only the Referer
   * specs need them. A request whose context closed first has none to read: it says so (not
   * null, which would read as "no Referer sent").
   */
  readonly referers = (): Promise<{ url: string; referer: string | null }[]> =>
    Promise.all(
      this.requestLog.map((r) =>
        r
          .allHeaders()
          .then((h) => ({ url: r.url(), referer: h.referer ?? null }))
          .catch(() => ({ url: r.url(), referer: '(unread: the page closed first)' })),
      ),
    );

  /** Goes to `href` (a path of the site, or an address) in the current page. */
  readonly goto = async (href: string, waitUntil: 'load' | 'commit' = 'load'): Promise<void> => {
    const url = new URL(href.replace(/^\//, ''), await this.baseUrl()).href;
    if (this.context) await serveLongUrl(this.context, url);
    await this.page().goto(url, { waitUntil });
  };

  /** Closes the context, and the browser (a connection to the shared one is only dropped) and server if the session has its own. */
  readonly close = async (): Promise<void> => {
    if (this.context) await this.context.close().catch(() => undefined);
    this.context = null;
    this.currentPage = null;
    this.framingPage = null;
    if (this.browserPromise) {
      const b = this.browserPromise;
      this.browserPromise = null;
      await (await b).close().catch(() => undefined);
    }
    if (this.server) await (await this.server).close();
    this.server = null;
  };
}
