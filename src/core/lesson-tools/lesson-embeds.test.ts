import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleSlugs } from '../content/lesson-slugs';
import { splitFrontmatter } from '../content/mdx-usage';

// Issue 15: every module teaches by doing — each lesson embeds at least one interactive widget, in both locales.
const root = join(__dirname, '../../..');
// SectionCheck (a section's "check yourself" questions) lives in src/components/lesson: it does not count as the module's widget.
const prose = new Set(['Cite', 'Term', 'Note', 'Figure', 'SectionCheck']);
/** Widget tags used in an MDX body (code fences excluded): any capitalised component that is not prose. */
const widgetsIn = (body: string) =>
  [...body.replace(/```[\s\S]*?```/g, '').matchAll(/<([A-Z][A-Za-z]+)\b[^>]*\/>/g)].map((m) => m[1]!).filter((n) => !prose.has(n));
const bodyOf = (lang: string, slug: string) => splitFrontmatter(readFileSync(join(root, 'content/lessons', lang, `${slug}.mdx`), 'utf8')).body;

describe('every module embeds a widget', () => {
  for (const [id, slug] of Object.entries(moduleSlugs)) {
    it(`${id} (${slug}) embeds the same widgets in it and en, each with a wrapper`, () => {
      const it_ = widgetsIn(bodyOf('it', slug));
      const en = widgetsIn(bodyOf('en', slug));
      expect(it_.length, `${slug}: no widget`).toBeGreaterThan(0);
      expect(it_, `${slug}: widgets differ between it and en`).toEqual(en);
      for (const w of it_) expect(existsSync(join(root, 'src/components/widgets', `${w}.astro`)), `${w}.astro`).toBe(true);
    });
  }
  it('catches a planted lesson with only prose components', () => {
    expect(widgetsIn('Text <Cite id="x" /> <Figure name="y" />\n```\n<CryoPlanner />\n```')).toEqual([]);
    expect(widgetsIn('<CryoPlanner />')).toEqual(['CryoPlanner']);
    expect(widgetsIn('<SectionCheck facts="9c 9d" />')).toEqual([]);
  });
});
