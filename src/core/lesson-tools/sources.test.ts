import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import uiIt from '../i18n/ui/it.json';
import uiEn from '../i18n/ui/en.json';

/** The tools' source labels (UI strings `source.<reference id>`, widgets/shared/cite.ts), by id. */
const labels = (strings: Record<string, string>) =>
  Object.fromEntries(Object.entries(strings).filter(([k]) => k.startsWith('source.') && k !== 'source.unknown').map(([k, v]) => [k.slice('source.'.length), v]));
const [labelsIt, labelsEn] = [labels(uiIt), labels(uiEn)];
const shortCitations: Record<string, { it: string; en: string }> = Object.fromEntries(Object.keys(labelsEn).map((id) => [id, { it: labelsIt[id]!, en: labelsEn[id]! }]));

const refIds = new Set([...readFileSync(join(__dirname, '../../../content/references.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]));
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
});

describe('lesson-tool source labels', () => {
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
  it('every label exists in both languages, and none shows an internal id', () => {
    expect(Object.keys(labelsIt).sort()).toEqual(Object.keys(labelsEn).sort());
    for (const l of [...Object.values(labelsIt), ...Object.values(labelsEn)]) expect(l).not.toMatch(/seed/i);
  });
  it('fails on a planted unknown id', () => {
    expect(refIds.has('nobody2099')).toBe(false);
  });
});
