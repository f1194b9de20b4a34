// Astro writes the islands' one-line stylesheet (`astro-island{display:contents}`) into <body> before the first
// island, which is not valid HTML. Move it into <head> on the built pages.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

export function moveIslandStyleToHead(html: string): string {
  const head = html.indexOf('</head>');
  const styles = html.match(ISLAND_STYLE);
  if (!styles || head < 0) return html;
  const inBody = html.slice(head).match(ISLAND_STYLE);
  if (!inBody) return html;
  const body = html.slice(head).replace(ISLAND_STYLE, '');
  return `${html.slice(0, head)}${styles[0]}${body}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export default function islandStyle(): AstroIntegration {
  return {
    name: 'island-style',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const out = moveIslandStyleToHead(html);
          if (out !== html) writeFileSync(file, out);
        }
      },
    },
  };
}
