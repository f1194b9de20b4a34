// npm test type-checks .ts/.tsx with tsc (fast) and .astro with `astro check --tsconfig tsconfig.astro.json`. tsc
// reads an imported .astro component as any component (src/astro-imports.d.ts), so a .ts file that imports one
// must also be in tsconfig.astro.json, where the component's real props are checked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** An import (static or dynamic) of a .astro file in TypeScript source, not a mention in a string or comment. */
const importsAstro = (source: string) => /^\s*(?:import|export)\b[^'"`;]*?(?:from\s*)?['"][^'"]+\.astro['"]/m.test(source) || /\bimport\(\s*['"][^'"]+\.astro['"]\s*\)/.test(source);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('the type check split between tsc and astro check', () => {
  it('recognises an import of a .astro component, and not a mention of one', () => {
    expect(importsAstro("import Card from './Card.astro';")).toBe(true);
    expect(importsAstro("export { default as Card } from './Card.astro';")).toBe(true);
    expect(importsAstro("const Card = () => import('./Card.astro');")).toBe(true);
    expect(importsAstro("const page = `import Base from '../Base.astro';`;")).toBe(false);
    expect(importsAstro("// a comment on Card.astro\nimport { x } from './x';")).toBe(false);
  });

  it('every .ts file that imports a .astro component is checked by astro check', () => {
    const config = JSON.parse(readFileSync('tsconfig.astro.json', 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { include: string[] };
    const importers = sourceFiles('src').filter((f) => importsAstro(readFileSync(f, 'utf8')));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !config.include.includes(f))).toEqual([]);
  });
});
