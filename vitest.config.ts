import { defineConfig } from 'vitest/config';

// Two projects: pure tests (core, lib, integrations) share one Node worker without per-file isolation, which
// is where most of the unit run's time went (one fresh worker per file); widget tests keep isolation and ask
// for jsdom per file (`// @vitest-environment jsdom`) where they need a DOM.
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
        },
      },
      {
        extends: true,
        test: {
          name: 'widgets',
          include: ['src/widgets/**/*.test.{ts,tsx}', 'src/components/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Islands get their strings from their Astro wrapper; tests render them bare, so give them all.
          setupFiles: ['tests/setup/ui-strings.ts', 'tests/unit/setup-indexeddb.ts'],
        },
      },
    ],
  },
});
