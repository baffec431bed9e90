import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The browser end-to-end specs: `npx vite build && npx vitest run --config test/e2e/vitest.config.ts`.
 * One file at a time: the machine has two cores and the map renders with SwiftShader.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    retry: 0,
  },
});
