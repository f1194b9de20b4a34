import { describe, expect, it } from 'vitest';
import { harden, inlineHandlers, inlineScripts, pagePolicy, sha256 } from '../../scripts/csp.mjs';

const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}<title>x</title></head><body>${body}</body></html>`;

describe('build-time Content-Security-Policy', () => {
  it('hashes each inline script of the page and allows WebAssembly only on search pages', () => {
    const html = page('<script>run()</script><script type="module">go()</script><script src="/a.js"></script><script type="application/json">{}</script>');
    expect(inlineScripts(html)).toEqual(['run()', 'go()']);
    const out = harden(html, 'en/tools/sins/index.html');
    expect(out.hashes).toEqual([sha256('run()'), sha256('go()')]);
    expect(out.html).toContain(`script-src 'self' ${[sha256('go()'), sha256('run()')].sort().join(' ')};`);
    expect(out.html).not.toContain('wasm-unsafe-eval');
    expect(harden(page(''), 'en/search/index.html').html).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('puts the referrer and policy metas right after <meta charset>, before any script, once', () => {
    const out = harden(page('', '<script>x()</script>'), 'it/index.html').html;
    expect(out.indexOf('name="referrer" content="no-referrer"')).toBeLessThan(out.indexOf('<script>'));
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<script>'));
    const again = harden(out, 'it/index.html').html;
    expect(again.match(/name="referrer"/g)).toHaveLength(1);
    expect(again.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it('refuses a page with an inline event handler (a planted onclick)', () => {
    expect(inlineHandlers(page('<button onclick="window.print()">Print</button>'))).toEqual(['onclick']);
    expect(() => harden(page('<button type="button" onclick="window.print()">Print</button>'), 'en/tools/sins/index.html')).toThrow(
      'en/tools/sins/index.html: inline event handler onclick',
    );
    // Text that merely mentions onclick inside a script is not a handler.
    expect(inlineHandlers(page('<script>el.onclick = f;</script>'))).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const policy = pagePolicy({ hashes: [], wasm: false });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:/);
  });
});
