import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContentSources } from './load-content';
import { formatContentErrors, validateContent } from '../core/content/validate-content';

/** Fails the build (and dev start) with a message naming file and field when content is inconsistent. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'percutanea:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const errors = validateContent(loadContentSources(root));
        if (errors.length > 0) throw new Error(formatContentErrors(errors));
        logger.info('content check passed');
      },
    },
  };
}
