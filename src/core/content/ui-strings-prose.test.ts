import { describe, expect, it } from 'vitest';
import itUi from '../i18n/ui/it.json';
import enUi from '../i18n/ui/en.json';
import { findItalianDecimalPoints, findJargon, findStraightApostrophes } from './text-checks';

// UI strings reach the learner through islands too (client-only states the built-page check never
// sees), so they are held to the same rules here: no working vocabulary, Italian typography.
// {{placeholders}} are filled in at run time and never shown as such.
const entries = (dict: Record<string, string>) =>
  Object.entries(dict).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v.replace(/\{\{[^}]*\}\}/g, ' ')] as const] : []));

describe('UI strings', () => {
  it('carry no working vocabulary in either language', () => {
    const bad = [...entries(itUi), ...entries(enUi)].flatMap(([k, v]) => findJargon(v).map((f) => `${k}: ${f.match}`));
    expect(bad).toEqual([]);
  });

  it('write Italian with decimal commas and typographic apostrophes', () => {
    const bad = entries(itUi).flatMap(([k, v]) => [...findItalianDecimalPoints(v), ...findStraightApostrophes(v)].map((f) => `${k}: ${f.match}`));
    expect(bad).toEqual([]);
  });

  it('would catch a planted slip', () => {
    expect(findJargon('Expected response (source lecture, after Laufer 2013)')).toHaveLength(1);
    expect(findStraightApostrophes("punteggio dell'esperto")).toHaveLength(1);
  });
});
