/**
 * Debian's Chromium, whose WebGL runs on SwiftShader. The global setup starts one browser
 * for the whole run (startBrowserServer) and each spec file connects to it: a connection
 * takes milliseconds where a launch takes seconds. A spec that needs other command-line
 * flags gets a browser of its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update'];

function checkChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\``);
  }
}

/** A browser of its own, with `extraArgs` after ours; the caller closes it. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  checkChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** The browser the spec files share, for the global setup to start and stop. */
export async function startBrowserServer(): Promise<BrowserServer> {
  checkChromium();
  return chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The shared browser at `wsEndpoint` (from startBrowserServer), or, without one, a browser of its own. */
export async function connectBrowser(wsEndpoint: string | undefined): Promise<Browser> {
  if (!wsEndpoint) return launchBrowser();
  checkChromium();
  return chromium.connect(wsEndpoint);
}
