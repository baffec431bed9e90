import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The browser end-to-end specs: `npx vite build && npx vitest run --config test/e2e/vitest.config.ts`.
 *
 * The global setup serves dist/ and starts one Chromium for the whole run; each file connects
 * to it and opens a fresh context per test. Within a worker process the files share their
 * imports (`isolate: false`: the driver and Playwright are imported once, not once a file).
 *
 * Two workers by default (E2E_WORKERS=1 for one): the suite is mostly CPU (Chromium drawing
 * each page and its map with SwiftShader, about 3 CPU-seconds a page), but one file at a time
 * leaves the CPU idle while it waits on the browser, the server and polling; a second file
 * fills it. Issue 14's measurements, on 2 cores shared with other work: one worker 474 s,
 * two 423 s on the same tests (test/e2e/REMOVED.md lists the tests merged since).
 */
const workers = Number(process.env.E2E_WORKERS ?? 2);

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    // E2E_TRACE=<file> (with E2E_WORKERS=1): contexts and Chromium CPU-seconds per test (trace.ts).
    setupFiles: process.env.E2E_TRACE ? ['test/e2e/trace.ts'] : [],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    isolate: false,
    fileParallelism: workers > 1,
    maxWorkers: workers,
    retry: 0,
  },
});
