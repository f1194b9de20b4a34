// One design system: every page, widget and figure takes its colours from the roles in src/styles/global.css, so
// both themes (and print) reach everything. A colour written anywhere else skips the dark theme.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourLiterals, withoutCustomProperties } from './colour-literals';

/** Where colour roles are defined: only their custom property declarations may hold a literal colour. */
const TOKEN_FILES = new Set([
  'src/styles/global.css',
  // The slides' own palette (projection contrast, light/dark chosen by the presenter, paper handouts).
  'src/widgets/Presenter/present.css',
]);

/** Literals that cannot be a custom property, each with why. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // The browser reads <meta name="theme-color"> before any CSS: it cannot take a var().
  'src/layouts/BaseLayout.astro': ['#0b5cad'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(css|astro|tsx|ts)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** "file:line text" for each colour literal of a source file outside the token definitions and the allowlist. */
function strayColours(path: string, text: string): string[] {
  const scanned = TOKEN_FILES.has(path) ? withoutCustomProperties(text) : text;
  const allowed = ALLOWED[path] ?? [];
  return colourLiterals(scanned)
    .filter((c) => !allowed.includes(c.text))
    .map((c) => `${path}:${c.line} ${c.text}`);
}

describe('colour literals', () => {
  it('finds hex, colour functions and named colours where a colour is expected, not elsewhere', () => {
    const css = '.a { background: #fff; }\n.b { fill: rgb(0 0 0 / 0.2); }\n.c { stroke: white; }\n.d { border: 1px solid Black; }';
    expect(colourLiterals(css).map((c) => `${c.line} ${c.text}`)).toEqual(['1 #fff', '2 rgb(', '3 stroke: white', '4 border: 1px solid Black']);
    expect(colourLiterals('<rect fill="white" />\nconst s = { backgroundColor: "red" };').map((c) => c.line)).toEqual([1, 2]);
    // Not colours: token references, white-space, HTML entities, URL fragments and ids, comments, prose.
    const clean = [
      '.a { fill: var(--fig-bone); white-space: nowrap; border: 1px solid var(--border); color: currentColor; }',
      "const t = text.replace(/&#160;/g, ' '); const u = `url(#${HATCH_ID})`; const v = 'https://x.org/a#b';",
      '/* fixed light fills on a #fff ground */ // white cells',
      "const s = 'Coagulation, platelets and white cells normal?';",
    ].join('\n');
    expect(colourLiterals(clean)).toEqual([]);
  });

  it('allows a token file its custom property declarations only', () => {
    expect(strayColours('src/styles/global.css', ':root { --bg: #ffffff; --shadow: 0 1px 2px rgb(0 0 0 / 0.1); }')).toEqual([]);
    expect(strayColours('src/styles/global.css', ':root { --bg: #ffffff; }\na { color: #000; }')).toEqual(['src/styles/global.css:2 #000']);
    expect(strayColours('src/widgets/shared/escc-picker.css', '.x { --local: #fff; }')).toEqual(['src/widgets/shared/escc-picker.css:1 #fff']);
  });

  it('allowlists only literals that are still there', () => {
    for (const [path, literals] of Object.entries(ALLOWED)) {
      const found = colourLiterals(readFileSync(path, 'utf8')).map((c) => c.text);
      expect(literals.filter((l) => !found.includes(l)), path).toEqual([]);
    }
  });

  it('appear in no page, widget or figure outside the design tokens', () => {
    const stray = sourceFiles('src').flatMap((f) => strayColours(f.split('\\').join('/'), readFileSync(f, 'utf8')));
    expect(stray).toEqual([]);
  });
});
