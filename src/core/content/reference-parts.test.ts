import { describe, expect, it } from 'vitest';
import { formatCitation } from './reference-parts';
import type { Reference } from './schemas';

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
      described: { it: { authors: 'Corso italiano', title: 'Metastasi ossee', journal: 'Presentazione' } },
    });
    expect(formatCitation(lecture, 'it')).toBe('Corso italiano. Metastasi ossee. Presentazione s.d.');
    expect(formatCitation(lecture, 'en')).toBe('Italian lecture course. Bone metastases. Slide deck n.d.');
    // Deck citations are language-neutral: the English words, no year.
    expect(formatCitation(lecture)).toBe('Italian lecture course. Bone metastases. Slide deck.');
  });
});
