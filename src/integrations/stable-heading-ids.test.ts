import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { englishSectionIds, sectionSlugs, slugify, stableHeadingIds } from './stable-heading-ids';

const lessonsDir = fileURLToPath(new URL('../../content/lessons', import.meta.url));

describe('stable section anchors', () => {
  it('slugs drop accents and punctuation', () => {
    expect(slugify('Perché il dolore è “meccanico”?')).toBe('perche-il-dolore-e-meccanico');
  });
  it('reads only ## headings outside code, de-duplicated', () => {
    const src = '---\nmodule: M1\n---\n# Title\n## Why it hurts\n```\n## not a heading\n```\n### Sub\n## Why it hurts\n';
    expect(sectionSlugs(src)).toEqual(['why-it-hurts', 'why-it-hurts-1']);
  });
  it('gives every module the same number of anchors as its Italian twin has sections', () => {
    const ids = englishSectionIds(lessonsDir);
    expect(ids.size).toBe(15);
    for (const file of readdirSync(`${lessonsDir}/it`)) {
      const it = readFileSync(`${lessonsDir}/it/${file}`, 'utf8');
      const module = /^module:\s*["']?(M\d+)/m.exec(it)?.[1] ?? '';
      expect(ids.get(module)?.length, file).toBe(sectionSlugs(it).length);
    }
  });
  it('gives the Italian lesson\'s sections the ids of its English twin, in order', () => {
    const ids = englishSectionIds(lessonsDir);
    const plugin = stableHeadingIds(lessonsDir)();
    const set: string[] = [];
    const ctx = { data: { astro: { frontmatter: { module: 'M6' } } }, setProperty: (_n: unknown, name: string, value: string) => name === 'id' && set.push(value) };
    const italian = sectionSlugs(readFileSync(`${lessonsDir}/it/m06-vertebroplasty.mdx`, 'utf8'));
    for (let i = 0; i < italian.length; i++) plugin.element.visit({ tagName: 'h2' }, ctx);
    expect(set).toEqual(ids.get('M6'));
    // The Italian headings alone would give other anchors: the switch would lose the place.
    expect(italian).not.toEqual(set);
  });
});
