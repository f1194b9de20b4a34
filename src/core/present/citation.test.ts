import { describe, expect, it } from 'vitest';
import type { Reference } from '../content/schemas';
import { citationContext } from './citation';
import { refsBlock } from './deck';

const lecture: Reference = {
  id: 'course', authors: 'Italian lecture course', title: 'Bone metastases', journal: 'Slide deck', year: 2018, noDate: true,
  italian: { authors: 'Corso italiano', title: 'Metastasi ossee', journal: 'Presentazione' },
} as Reference;
const article: Reference = { id: 'salapura2014', authors: 'Salapura V, Jeromel M', title: 'Minimally invasive treatment', journal: 'Acta Clin Croat', year: 2014, details: '53(1):44–54' } as Reference;

describe('deck citations', () => {
  const ctx = citationContext([lecture, article]);

  it('read a described source in the deck\'s language, dateless as the reference lists say', () => {
    expect(ctx.citation?.('course')).toEqual({
      it: 'Corso italiano. Metastasi ossee. Presentazione s.d.',
      en: 'Italian lecture course. Bone metastases. Slide deck n.d.',
    });
    expect(ctx.citation?.('salapura2014')).toEqual({
      it: 'Salapura V, Jeromel M. Minimally invasive treatment. Acta Clin Croat 2014;53(1):44–54.',
      en: 'Salapura V, Jeromel M. Minimally invasive treatment. Acta Clin Croat 2014;53(1):44–54.',
    });
  });

  it('print an unknown id as itself in both languages, on the reference slide', () => {
    expect(ctx.citation?.('nobody')).toBeUndefined();
    expect(refsBlock(['course', 'nobody'], ctx)).toEqual({
      type: 'refs',
      items: [
        { id: 'course', text: { it: 'Corso italiano. Metastasi ossee. Presentazione s.d.', en: 'Italian lecture course. Bone metastases. Slide deck n.d.' } },
        { id: 'nobody', text: { it: 'nobody', en: 'nobody' } },
      ],
    });
  });
});
