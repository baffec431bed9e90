/**
 * What the page is served: the data files can be replaced, delayed, cut or failed, and the
 * pages can get the response headers public/_headers gives them on a static host.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { incidentColumns, serializeIncidentColumns, type IncidentFeature } from '../../../src/data/incidentColumns.ts';
import { ROOT } from './server.ts';

/**
 * The files the explorer loads from data/, and incidents.geojson: a spec writes its incidents as
 * GeoJSON (the pipeline's record format), and the driver serves them as the app's
 * data/incidents.json, converted as the pipeline converts them (src/data/incidentColumns.ts).
 */
export const DATA_FILES = [
  'incidents.json',
  'incidents.geojson',
  'sources.json',
  'context.json',
  'coverage.json',
  'text.ru.json',
] as const;
export type DataFile = (typeof DATA_FILES)[number];

export interface DataResponse {
  /** Served instead of the built file: a string as it is, anything else as JSON. */
  body?: unknown;
  /** The HTTP status to answer with (200 unless told). */
  status?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Serve only the first `truncateAt` characters (of `body`, or of the built file). */
  truncateAt?: number;
  /** Fail the request as a broken connection would. */
  abort?: boolean;
}

export type DataOverrides = Partial<Record<DataFile, DataResponse>>;

export interface OpenOptions {
  /** Replace, delay, cut or fail the data files. */
  data?: DataOverrides;
  /** Fail the site's requests whose path (from the site's root, e.g. /assets/…) matches, as a broken connection would. */
  failPaths?: RegExp;
  /** Serve every response with the headers dist/_headers gives its path (as Netlify or Cloudflare Pages would). */
  siteHeaders?: boolean;
  /** Let Chromium ignore the pages' Content-Security-Policy, to test another protection on its own. */
  bypassCsp?: boolean;
  /**
   * Let the site's service worker run ('block' unless told). Blocked by default: routes
   * (`data`, `siteHeaders`) do not see what a service worker fetches, and every other spec
   * expects each page it opens to load afresh from the server.
   */
  serviceWorkers?: 'allow' | 'block';
  /** The browser's preferred language (navigator.languages), e.g. 'ru-KZ'; the browser's default unless told. */
  locale?: string;
}

/** The rules of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
export function readHeadersFile(file: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`${file}: cannot read the line "${line}"`);
    rule.headers.push([m[1] ?? '', m[2] ?? '']);
  }
  return rules;
}

/**
 * The headers a static host sends for `path`: those of every rule whose pattern matches
 * (exactly, or a trailing `*` as a prefix), a header set by several rules joined by ", ",
 * as Netlify and Cloudflare Pages do.
 */
export function headersFor(rules: ReturnType<typeof readHeadersFile>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const match = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!match) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** What to serve at data/incidents.json: its own override, or the GeoJSON one converted (delay, status and failures kept). */
function appIncidents(data: DataOverrides | undefined): DataResponse | undefined {
  const own = data?.['incidents.json'];
  const geojson = data?.['incidents.geojson'];
  if (own || !geojson) return own;
  const body = geojson.body as { features?: IncidentFeature[] } | string | undefined;
  if (typeof body !== 'object' || !Array.isArray(body.features)) return geojson;
  return { ...geojson, body: serializeIncidentColumns(incidentColumns(body.features)) };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Addresses longer than this are fetched without their query (see serveLongUrl). */
const LONG_URL = 8_000;

/**
 * A page whose address is too long for the preview server (Node refuses a request line
 * over 16 KB, as every server does at some length) is fetched without its query: the page
 * reads the query from its address, and no server sees it. Only a context that opens such
 * an address gets the route: a route whose pattern is a function makes Playwright stop
 * every request of the context in Node to ask it (and turns the HTTP cache off).
 */
export async function serveLongUrl(ctx: BrowserContext, href: string): Promise<void> {
  if (href.length <= LONG_URL) return;
  await ctx.route(
    (url) => url.href.length > LONG_URL,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const url = new URL(route.request().url());
      url.search = '';
      return route.fallback({ url: url.href });
    },
  );
}

/** Answers the context's requests to `siteUrl` as `opts` asks: data files replaced, delayed, cut or failed; other files failed; a static host's headers. */
export async function serveResponses(ctx: BrowserContext, siteUrl: string, opts: OpenOptions): Promise<void> {
  const site = new URL(siteUrl);
  const rules = opts.siteHeaders ? readHeadersFile(resolve(ROOT, 'dist/_headers')) : [];
  const answer = async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.origin !== site.origin) return route.fallback();
    const path = url.pathname.slice(site.pathname.length - 1);
    if (opts.failPaths?.test(path)) return route.abort('connectionfailed');
    const headers = opts.siteHeaders ? headersFor(rules, path) : {};
    const file = DATA_FILES.find((f) => path === `/data/${f}`);
    const override = file === 'incidents.json' ? appIncidents(opts.data) : file ? opts.data?.[file] : undefined;
    if (!override) {
      if (!opts.siteHeaders) return route.fallback();
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    }
    if (override.delayMs) await sleep(override.delayMs);
    if (override.abort) return route.abort('connectionfailed');
    let body: string;
    if (override.body === undefined) body = await (await route.fetch()).text();
    else body = typeof override.body === 'string' ? override.body : JSON.stringify(override.body);
    if (override.truncateAt !== undefined) body = body.slice(0, override.truncateAt);
    return route.fulfill({
      status: override.status ?? 200,
      contentType: file?.endsWith('.geojson') ? 'application/geo+json' : 'application/json',
      headers,
      body,
    });
  };
  await ctx.route('**/*', (route) =>
    answer(route).catch((e: unknown) => {
      // The test moved on and closed the context under a request still in flight.
      if (/disposed|closed/i.test(String(e))) return;
      throw e;
    }),
  );
}
