import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { citeText, shortCitations } from './sources';

const refIds = new Set([...readFileSync(join(__dirname, '../../../content/references.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]));
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
});

describe('lesson-tool sources', () => {
  it('every short citation names a real reference', () => {
    for (const id of Object.keys(shortCitations)) expect(refIds.has(id), id).toBe(true);
  });
  it('every refs: [...] in the rule data names a real reference with a short citation', () => {
    for (const file of files(__dirname)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/refs: \[([^\]]*)\]/g)) {
        for (const id of [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!)) {
          expect(refIds.has(id), `${file}: ${id}`).toBe(true);
          expect(shortCitations[id], `${file}: ${id} has no short citation`).toBeDefined();
        }
      }
    }
  });
  it('a described source has the same label as in the lessons (its short label in content/references.yaml)', () => {
    const yaml = readFileSync(join(__dirname, '../../../content/references.yaml'), 'utf8');
    const shorts = [...yaml.matchAll(/^- id: (\S+)\n(?:  .*\n)*?  short: \{ it: '([^']+)', en: '([^']+)' \}/gm)].map((m) => ({ id: m[1]!, it: m[2]!, en: m[3]! }));
    expect(shorts.map((x) => x.id)).toEqual(expect.arrayContaining(['seed000-lecture', 'seed002-embolization']));
    for (const x of shorts) if (shortCitations[x.id]) expect(shortCitations[x.id], x.id).toEqual({ it: x.it, en: x.en });
  });
  it('learner-facing citations never show an internal source id', () => {
    for (const lang of ['it', 'en'] as const) {
      expect(citeText(Object.keys(shortCitations), lang)).not.toMatch(/seed/i);
      expect(citeText(['seed001-guideline'], lang)).not.toMatch(/seed/i);
    }
  });
  it('fails on a planted unknown id', () => {
    expect(refIds.has('nobody2099')).toBe(false);
  });
});
