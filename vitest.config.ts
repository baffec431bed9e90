import { defineConfig } from 'vitest/config';

/**
 * Files that replace a module (vi.mock) or a global (vi.stubGlobal, vi.spyOn on a shared
 * object) run each in a fresh module graph. The others share one per worker (`isolate:
 * false`): importing the app's modules and zod once instead of once per file takes the
 * unit run from about 43 s of CPU to about 15 s (issue 14). A test file that starts to
 * mock or stub belongs in this list.
 */
const ISOLATED = [
  'test/unit/pipeline/crash.test.ts',
  'test/unit/features/share/media/yearFrame.test.ts',
  'test/unit/features/embed/postHeight.test.ts',
  'test/unit/data/dataFiles.test.ts',
  'test/unit/store/syncUrl.test.ts',
  'test/unit/lib/textWidth.test.ts',
  'test/unit/features/map/bindMap.test.ts',
  'test/unit/features/map/marksAhead.test.ts',
  'test/unit/store/searchTextArrives.test.tsx',
];

export default defineConfig({
  test: {
    // The pipeline and property tests take a few seconds alone; `npm test` runs them beside
    // another check on two cores, where 5 s (the default) times out.
    testTimeout: 30_000,
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: 'unit (isolated)', include: ISOLATED } },
    ],
  },
});
