import { describe, expect, it } from 'vitest';
import { citationLabel, shortCitation } from './citation-text';
import { testCourse } from './test-content';

describe('short citations', () => {
  it('keep surname particles', () => {
    expect(shortCitation({ authors: 'Di Staso M, Zugaro L, Gravina GL, et al.', year: 2011 })).toBe('Di Staso 2011');
    expect(shortCitation({ authors: 'van der Linden E, Kroft LJ', year: 2007 })).toBe('van der Linden 2007');
  });
  it('drop initials only', () => {
    expect(shortCitation({ authors: 'Fisher CG, DiPaola CP', year: 2010 })).toBe('Fisher 2010');
    expect(shortCitation({ authors: 'Gangi A', year: 2014 })).toBe('Gangi 2014');
  });
  it('keep a group author whole', () => {
    expect(shortCitation({ authors: 'CIRSE Standards of Practice Committee', year: 2019 })).toBe('CIRSE Standards of Practice Committee 2019');
  });
  it('never end a label with a lone initial for any reference in the bibliography', () => {
    for (const r of testCourse().references) expect(shortCitation(r), r.id).not.toMatch(/\s[A-Z]{1,3} \d{4}$/);
  });
});

describe('walkthrough source labels', () => {
  const ref = (id: string) => testCourse().references.find((r) => r.id === id)!;
  it('read in the page’s language, and keep the letter that tells two works of a year apart', () => {
    expect(citationLabel(ref('seed000-lecture'), 'it')).toBe('Corso italiano');
    expect(citationLabel(ref('seed000-lecture'), 'en')).toBe('Italian lecture course');
    expect(citationLabel(ref('wallace2015a'), 'it')).toBe('Wallace 2015a');
  });
});
