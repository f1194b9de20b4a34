import { defineConfig } from 'vitest/config';

// Two projects: pure tests (core, lib, integrations) run in Node; widget tests ask for jsdom per file
// (`// @vitest-environment jsdom`) where they need a DOM. Neither isolates files: a fresh worker and a fresh
// jsdom per file were most of the run's time (widgets: 62 s of CPU with isolation, 18 s without, same tests).
// Widget files start from a blank page instead (tests/setup/fresh-page.ts); IndexedDB is fresh for every test.
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: ['src/core/**/*.test.ts', 'src/lib/**/*.test.ts', 'src/integrations/**/*.test.ts', 'src/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          setupFiles: ['tests/unit/setup-indexeddb.ts'],
          // The projects run one after the other: a worker that alternated Node and jsdom files would build a
          // new jsdom at each switch.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'widgets',
          include: ['src/widgets/**/*.test.{ts,tsx}', 'src/components/**/*.test.{ts,tsx}'],
          environment: 'node',
          isolate: false,
          sequence: { groupOrder: 1 },
          // Islands get their strings from their Astro wrapper; tests render them bare, so give them all.
          setupFiles: ['tests/setup/fresh-page.ts', 'tests/setup/ui-strings.ts', 'tests/unit/setup-indexeddb.ts'],
        },
      },
    ],
  },
});
