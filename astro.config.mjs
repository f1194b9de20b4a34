// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import { stableHeadingIds } from './src/integrations/stable-heading-ids.ts';
import { focusableTables } from './src/integrations/focusable-tables.ts';
import citationLinks from './src/integrations/citation-links.ts';
import islandStyle from './src/integrations/island-style.ts';

// Lesson section anchors come from the English twin, so both locales share them (language switch keeps the place).
const lessonsDir = new URL('./content/lessons', import.meta.url).pathname;

export default defineConfig({
  site: 'https://percutanea.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['it', 'en'],
    defaultLocale: 'it',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [contentCheck(), mdx({ processor: satteri({ hastPlugins: [stableHeadingIds(lessonsDir), focusableTables] }) }), react(), citationLinks(), islandStyle()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries this directive; it is expected, not a problem.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
