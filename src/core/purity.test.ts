import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The core must run anywhere (browser islands, build, tests): no React, no DOM, no Node built-ins.
const root = join(__dirname);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

describe('src/core purity', () => {
  const sources = files(root);
  it('has source files to check', () => expect(sources.length).toBeGreaterThan(10));
  for (const file of sources) {
    it(`${relative(root, file)} imports no React, DOM or Node built-ins`, () => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const forbidden = imports.filter((s) => s && (/^(react|react-dom)(\/|$)/.test(s) || s.startsWith('node:') || /^(fs|path|url|os|child_process)$/.test(s)));
      expect(forbidden).toEqual([]);
      // Comments may mention the browser (e.g. "the browser passes window.localStorage"); code may not use it.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
      expect(code).not.toMatch(/\b(window|document|localStorage|navigator)\./);
    });
  }
});
