import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

/**
 * Checks of the built HTML in dist/, without a browser: what every page of a kind must contain (crawls of all
 * lessons and cases, links). They run in the Playwright suite because they need the build, but ask for no page,
 * so no browser starts for them. What only a browser can tell (layout, focus, scripts) stays in the journeys.
 */
export { test as testBuilt, expect } from '@playwright/test';

const dist = join(process.cwd(), 'dist');
const parsed = new Map<string, Document>();
let parser: DOMParser | undefined;

/** The built page at a site path, parsed: /en/cases/x/ is dist/en/cases/x/index.html, as the server maps it. */
export function builtPage(path: string): Document {
  let doc = parsed.get(path);
  if (!doc) {
    const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) throw new Error(`not built: ${path} (${file})`);
    // One window parses every page; scripts and island props (JSON no check reads) are dropped first, which
    // halves the parse time of the long lessons.
    parser ??= new new JSDOM('').window.DOMParser();
    const html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/\sprops="[^"]*"/g, '');
    doc = parser.parseFromString(html, 'text/html');
    parsed.set(path, doc);
  }
  return doc;
}

/** The text a reader sees in an element, white space collapsed ('' when it is missing). */
export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Present and not hidden by a `hidden` attribute on itself or an ancestor (what static HTML can tell of "visible"). */
export const shown = (el: Element | null | undefined): boolean => !!el && !el.closest('[hidden]');
