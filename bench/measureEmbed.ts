/** The chart embed: when its first bar is drawn, and the JavaScript it fetched. */
import type { Browser } from 'playwright-core';
import { ExplorerSession, type JavaScriptSize } from './ExplorerSession.ts';
import { timedOut, type Measured } from './stats.ts';

export interface EmbedResult {
  url: string;
  /** Navigation start → the first bar of the chart in the DOM (rAF polling), or a timeout. */
  drawnMs: Measured;
  js: JavaScriptSize;
  errors: string[];
}

/** Opens the chart embed and sums the JavaScript it fetched. */
export async function measureEmbed(browser: Browser, siteDir: string, baseUrl: string, timeoutMs: number): Promise<EmbedResult> {
  const url = new URL('embed.html?chart=perYear&years=2011-2012', baseUrl).href;
  const session = await ExplorerSession.open(browser, siteDir);
  try {
    await session.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const drawn = await session.page
      .waitForFunction(() => (document.querySelector('.year-columns .bar') ? performance.now() : null), undefined, {
        polling: 'raf',
        timeout: timeoutMs,
      })
      .then(async (h) => Number(await h.jsonValue()))
      .catch(() => null);
    await session.page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    return {
      url,
      drawnMs: drawn === null ? timedOut(timeoutMs) : Math.round(drawn),
      js: await session.javascript(),
      errors: session.errors.map((e) => `page error: ${e}`),
    };
  } finally {
    await session.close();
  }
}
