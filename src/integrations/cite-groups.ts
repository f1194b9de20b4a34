// Adjacent inline citations read as one group: "(Salapura 2014) (Galibert 1987)" becomes
// "(Salapura 2014; Galibert 1987)". Done on the built HTML because an MDX component cannot see its siblings.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BETWEEN = /<span aria-hidden="true">\)<\/span><\/span>\s*<span class="cite tip-host"><span aria-hidden="true">\(<\/span>/g;

export function groupAdjacentCitations(html: string): string {
  return html.replace(BETWEEN, '<span aria-hidden="true">; </span>');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export default function citeGroups(): AstroIntegration {
  return {
    name: 'cite-groups',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('class="cite tip-host"')) continue;
          const grouped = groupAdjacentCitations(html);
          if (grouped !== html) writeFileSync(file, grouped);
        }
      },
    },
  };
}
