import { describe, expect, it } from 'vitest';
import { formatCitation } from './reference-parts';
import { referenceSchema, type Reference } from './schemas';

const ref = (over: Partial<Reference>): Reference =>
  ({ id: 'x', authors: 'Salapura V, Jeromel M', title: 'Minimally invasive treatment – a review', journal: 'Acta Clin Croat', year: 2014, details: '53(1):44–54', ...over }) as Reference;

describe('a reference in bibliography style', () => {
  it('ends the authors with a full stop, as Vancouver does', () => {
    expect(formatCitation(ref({}), 'en')).toBe('Salapura V, Jeromel M. Minimally invasive treatment – a review. Acta Clin Croat 2014;53(1):44–54.');
  });

  it('keeps the stop already there: "et al." and a title that asks a question', () => {
    expect(formatCitation(ref({ authors: 'Di Staso M, Zugaro L, et al.', title: 'Which treatment?', details: undefined }), 'en')).toBe(
      'Di Staso M, Zugaro L, et al. Which treatment? Acta Clin Croat 2014.',
    );
  });

  it('reads a described source in the reader\'s language, and says when a source has no date', () => {
    const lecture = ref({
      authors: 'Italian lecture course', title: 'Bone metastases', journal: 'Slide deck', details: undefined, noDate: true,
      italian: { authors: 'Corso italiano', title: 'Metastasi ossee', journal: 'Presentazione' },
    });
    expect(formatCitation(lecture, 'it')).toBe('Corso italiano. Metastasi ossee. Presentazione s.d.');
    expect(formatCitation(lecture, 'en')).toBe('Italian lecture course. Bone metastases. Slide deck n.d.');
  });

  it('reads details given as prose in Italian on Italian pages', () => {
    const book = ref({ authors: 'Gangi A', title: 'Interventional radiology', journal: 'Springer', year: 2009, details: 'Book', italian: { details: 'Libro' } });
    expect(formatCitation(book, 'it')).toBe('Gangi A. Interventional radiology. Springer 2009;Libro.');
    expect(formatCitation(book, 'en')).toBe('Gangi A. Interventional radiology. Springer 2009;Book.');
  });

  it('an Italian block must name at least one part, and only the parts that are words', () => {
    const base = { id: 'x', authors: 'A B', title: 'T', journal: 'J', year: 2009, seeds: ['001'] };
    expect(referenceSchema.safeParse({ ...base, italian: { details: 'Libro' } }).success).toBe(true);
    expect(referenceSchema.safeParse({ ...base, italian: {} }).success).toBe(false);
    expect(referenceSchema.safeParse({ ...base, italian: { year: 2010 } }).success).toBe(false);
  });
});
