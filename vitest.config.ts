import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The pipeline and property tests take a few seconds alone; `npm test` runs them beside
    // another check on two cores, where 5 s (the default) times out.
    testTimeout: 30_000,
  },
});
