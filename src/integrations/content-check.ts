import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContentSources } from './load-content';
import { validateContent } from '../core/content/validate-content';
import { contentError } from './checked-loader';
import { termVariants } from '../core/content/validate-prose';
import { glossaryFileSchema } from '../core/content/schemas';
import { checkBuiltPages } from './built-page-check';

/**
 * Fails the build (and dev start) with a message naming file and field when content is inconsistent,
 * and fails the build when a built page shows working vocabulary, an Italian decimal point or a
 * non-preferred glossary variant (naming the page).
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'percutanea:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const errors = validateContent(loadContentSources(root));
        if (errors.length > 0) throw contentError(errors);
        logger.info('content check passed');
      },
      'astro:build:done': ({ dir, logger }) => {
        const glossary = glossaryFileSchema.safeParse(loadContentSources(root).glossary.data);
        const problems = checkBuiltPages(fileURLToPath(dir), termVariants(glossary.success ? glossary.data : []));
        if (problems.length > 0) throw new Error([`Built-page check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...problems.map((p) => `  ${p}`)].join('\n'));
        logger.info('built-page check passed');
      },
    },
  };
}
