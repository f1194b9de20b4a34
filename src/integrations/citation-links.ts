// Citations on the built pages, where a component can see its neighbours: adjacent inline citations become one group
// "(Salapura 2014; Galibert 1987)", every citation gets an anchor cite-<ref>-<n>, and each entry of the page's
// reference list links back to every place that cites it.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BETWEEN = /<span aria-hidden="true">\)<\/span><\/span>\s*<span class="cite tip-host"><span aria-hidden="true">\(<\/span>/g;
const LINK = /<a class="cite__link tip-trigger" href="#ref-([^"]+)" data-cite="([^"]+)"/g;
const BACKLINKS = /<span class="backlinks no-print" data-backlinks="([^"]+)" data-label="([^"]*)"><\/span>/g;

export function groupAdjacentCitations(html: string): string {
  return html.replace(BETWEEN, '<span aria-hidden="true">; </span>');
}

/** Numbers the citations in page order and fills each reference's back-links. */
export function linkCitations(html: string): string {
  const seen = new Map<string, number>();
  const numbered = html.replace(LINK, (match, _href: string, id: string) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return `${match} id="cite-${id}-${n}"`;
  });
  return numbered.replace(BACKLINKS, (_m, id: string, label: string) => {
    const count = seen.get(id) ?? 0;
    const links = Array.from({ length: count }, (_, i) => {
      const text = label.replace('{n}', String(i + 1));
      return ` <a class="backlink" href="#cite-${id}-${i + 1}" aria-label="${text}" title="${text}">↩${count > 1 ? i + 1 : ''}</a>`;
    });
    return `<span class="backlinks no-print" data-backlinks="${id}">${links.join('')}</span>`;
  });
}

export function processCitations(html: string): string {
  return linkCitations(groupAdjacentCitations(html));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export default function citationLinks(): AstroIntegration {
  return {
    name: 'citation-links',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('cite__link') && !html.includes('data-backlinks')) continue;
          const out = processCitations(html);
          if (out !== html) writeFileSync(file, out);
        }
      },
    },
  };
}
