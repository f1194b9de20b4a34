// Node side of the built-page check: walks dist/ after `astro build` and fails the build, naming the
// page, when a learner would see working vocabulary, an Italian decimal point or a glossary variant.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkBuiltPage } from '../core/content/built-page-check';
import { around, htmlText, type TermVariants } from '../core/content/text-checks';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Problems in every built page, as "dist/<page> › page text: message" lines. */
export function checkBuiltPages(distDir: string, terms: readonly TermVariants[]): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(distDir)) {
    const rel = relative(distDir, file).split('\\').join('/');
    const html = readFileSync(file, 'utf8');
    const text = htmlText(html);
    for (const f of checkBuiltPage(rel, html, terms)) problems.push(`dist/${rel} › page text: ${f.message}: ${around(text, f.match)}`);
  }
  return problems;
}
