import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContentSources } from './load-content';
import { formatContentErrors, validateContent } from '../core/content/validate-content';
import { caseSchema } from '../core/content/case-schema';

// The course's own content, read from disk: the prose checks (jargon, Italian decimal comma and
// apostrophes, glossary variants, -ize spelling) must pass on it, and its inferences must be marked.
const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = loadContentSources(root);

describe('the real content', { timeout: 30_000 }, () => {
  it('passes every content check, prose checks included', () => {
    expect(formatContentErrors(validateContent(sources))).toBe('Content check failed (0 problems):');
  });

  it('fails once a planted jargon term or Italian decimal point is added to a real lesson', () => {
    const lessons = sources.lessons.map((l) =>
      l.file === 'content/lessons/it/m09-cryoablation.mdx' ? { ...l, body: `${l.body}\nSecondo il seed 004 il margine è di 3.5 mm.\n` } : l,
    );
    const fields = validateContent({ ...sources, lessons }).map((e) => `${e.file} › ${(e.message.split(' (')[0] ?? '').split(';')[0]}`);
    expect(fields).toEqual(['content/lessons/it/m09-cryoablation.mdx › working vocabulary "seed"', 'content/lessons/it/m09-cryoablation.mdx › decimal point in Italian "3.5"']);
  });

  it('marks the treatments the source does not state as inferences, on the case and on its timeline', () => {
    for (const id of ['myeloma-c2', 'sins-t11', 'embolization-case-2']) {
      const file = sources.cases?.find((f) => f.file === `content/cases/${id}.yaml`);
      const c = caseSchema.parse(file?.data);
      expect(c.inferences?.length, id).toBeGreaterThan(0);
      const inferredSteps = c.timeline.filter((s) => s.inferred);
      expect(inferredSteps.length, id).toBeGreaterThan(0);
      // The step text itself says so, because the case quiz and the deck show the text without the note.
      for (const s of inferredSteps) {
        expect(s.text.en, id).toMatch(/inferred|inference/i);
        expect(s.text.it, id).toMatch(/dedott|deduzione/i);
      }
      expect(`${c.title.en} ${c.summary.en}`, id).toMatch(/inferred|inference/i);
      expect(`${c.title.it} ${c.summary.it}`, id).toMatch(/dedott|deduzione/i);
    }
  });
});
