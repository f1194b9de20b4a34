// Pure helpers of the post-build step (scripts/postbuild.mjs): the Content-Security-Policy of a page
// from its own inline scripts, and the referrer meta every page carries. Tested in tests/unit/csp.test.ts.
import { createHash } from 'node:crypto';

export const REFERRER_META = '<meta name="referrer" content="no-referrer">';

/** Inline <script> bodies (those without src), in order. */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1]?.toLowerCase();
    // Data blocks are not run, so they need no hash.
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    out.push(m[2]);
  }
  return out;
}

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline event handler attributes (onclick=…) in tags: a strict policy blocks them, so the build refuses them. */
export function inlineHandlers(html) {
  const found = [];
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  for (const tag of withoutScripts.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attr of tag[0].matchAll(/\s(on[a-z]+)\s*=/gi)) found.push(attr[1].toLowerCase());
  }
  return found;
}

/** Pages that run Pagefind, which compiles WebAssembly. */
export const needsWasm = (path) => /(^|\/)search\/index\.html$/.test(path);

/**
 * The policy for one page: its own inline scripts by hash, WebAssembly only where Pagefind runs.
 * Styles stay 'unsafe-inline' (component styles and a few style attributes); nothing loads from
 * another origin.
 */
export function pagePolicy({ hashes, wasm }) {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}${hashes.length ? ` ${[...new Set(hashes)].sort().join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the referrer meta and the page's CSP meta right after <meta charset>, before any script. */
export function harden(html, path) {
  const handlers = inlineHandlers(html);
  if (handlers.length) throw new Error(`${path}: inline event handler ${handlers.join(', ')} (move it into a script file)`);
  const hashes = inlineScripts(html).map(sha256);
  const policy = pagePolicy({ hashes, wasm: needsWasm(path) });
  const tags = [];
  if (!/<meta\s+name=["']?referrer/i.test(html)) tags.push(REFERRER_META);
  if (!/http-equiv=["']?content-security-policy/i.test(html)) tags.push(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset) throw new Error(`${path}: no <meta charset> to put the policy after`);
  const at = charset.index + charset[0].length;
  return { html: html.slice(0, at) + tags.join('') + html.slice(at), hashes };
}
