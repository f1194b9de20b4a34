// The README shows the product: each page at both widths in both themes, taken by scripts/screenshots.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const taken = readdirSync('docs/screenshots').filter((f) => f.endsWith('.png'));
const expected = ['home', 'lesson', 'calculator', 'case', 'quiz'].flatMap((page) =>
  ['desktop', 'phone'].flatMap((size) => ['light', 'dark'].map((scheme) => `${page}-${size}-${scheme}.png`)));

/** Screenshot files the README shows (img src or Markdown image), in order of first mention. */
function shownIn(markdown: string): string[] {
  const found = [...markdown.matchAll(/(?:src="|\]\()docs\/screenshots\/([\w-]+\.png)/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

describe('README screenshots', () => {
  it('every page at 1366 and 390 px in both themes is committed and shown, and nothing shown is missing', () => {
    expect(taken.sort()).toEqual([...expected].sort());
    expect(shownIn(readme).sort()).toEqual([...expected].sort());
    for (const f of shownIn(readme)) expect(existsSync(`docs/screenshots/${f}`), f).toBe(true);
  });

  it('notices a screenshot the README does not show', () => {
    expect(shownIn('<img src="docs/screenshots/home-phone-dark.png"> ![x](docs/screenshots/quiz-desktop-light.png)')).toEqual(['home-phone-dark.png', 'quiz-desktop-light.png']);
    expect(shownIn('see docs/screenshots/ for more')).toEqual([]);
  });
});
