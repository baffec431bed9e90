/** Serves the built site once for every spec file, and starts the one browser they all connect to. */
import type { TestProject } from 'vitest/node';
import { startBrowserServer } from './driver/browser.ts';
import { startServer } from './driver/server.ts';

export default async function setup(project: TestProject) {
  const [server, browser] = await Promise.all([startServer(), startBrowserServer()]);
  project.provide('e2eBaseUrl', server.url);
  project.provide('e2eBrowser', browser.wsEndpoint());
  return async () => {
    await Promise.all([server.close(), browser.close()]);
  };
}
