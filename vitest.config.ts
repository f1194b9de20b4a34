import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    globals: true,
    // Islands get their strings from their Astro wrapper; tests render them bare, so give them all.
    setupFiles: ['tests/setup/ui-strings.ts'],
  },
});
