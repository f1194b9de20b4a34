import { describe, expect, it } from 'vitest';
import { sumScoreIn } from '../sum-score';
import { tokuhashiDefinition } from './tokuhashi-definition';
import { tokuhashiPoints } from './tokuhashi-points';

describe('Tokuhashi wording apart from its points', () => {
  it('words every item, option and band of the points table, in both languages', () => {
    expect(tokuhashiDefinition.components.map((c) => [c.id, c.options.map((o) => [o.id, o.points])])).toEqual(
      tokuhashiPoints.components.map((c) => [c.id, c.options.map((o) => [o.id, o.points])]),
    );
    const texts = tokuhashiDefinition.components.flatMap((c) => [c.label, c.help, ...c.options.flatMap((o) => [o.label, ...(o.help ? [o.help] : [])])]);
    for (const b of tokuhashiDefinition.bands) texts.push(b.label, b.meaning);
    for (const text of texts) {
      // '?' is what the composition shows for a missing wording.
      expect(text.it).toMatch(/[^?\s]/);
      expect(text.en).toMatch(/[^?\s]/);
    }
    expect(tokuhashiDefinition.components[0]?.options.find((o) => o.id === '60')).toMatchObject({
      points: 1,
      label: { en: 'KPS 60% (moderate condition)' },
      help: { it: 'Richiede aiuto occasionale, ma provvede a quasi tutti i propri bisogni.' },
    });
  });

  it('hands an island one language only', () => {
    const it = JSON.stringify(sumScoreIn(tokuhashiDefinition, 'it'));
    expect(it).toContain('Sopravvivenza attesa inferiore a 6 mesi');
    expect(it).not.toContain('Expected survival');
  });
});
