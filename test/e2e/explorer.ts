/** One explorer per spec file, on the site and browser the global setup started, closed after the file. */
import { afterAll, inject } from 'vitest';
import { createExplorer, type Explorer } from './driver.ts';

export function useExplorer(options: { chromiumArgs?: readonly string[] } = {}): Explorer {
  const app = createExplorer({ ...options, baseUrl: inject('e2eBaseUrl'), browserWsEndpoint: inject('e2eBrowser') });
  afterAll(() => app.close());
  return app;
}
