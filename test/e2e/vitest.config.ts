import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The browser end-to-end specs: `npx vite build && npx vitest run --config test/e2e/vitest.config.ts`.
 *
 * The global setup serves dist/ and starts one Chromium for the whole run; each file connects
 * to it and opens a fresh context per test. The files run one after another in one worker
 * process (`isolate: false`: the driver and Playwright are imported once, not once a file):
 * with two cores and the map drawn by SwiftShader, a second worker competes for the same CPU
 * (E2E_WORKERS=2 tries it).
 */
const workers = Number(process.env.E2E_WORKERS ?? 1);

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    isolate: false,
    fileParallelism: workers > 1,
    maxWorkers: workers,
    retry: 0,
  },
});
