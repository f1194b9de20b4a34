import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContentSources } from '../../integrations/load-content';
import { formatContentErrors, validateContent } from './validate-content';
import { computeBlueprint } from '../quiz/blueprint';
import { questionFileSchema } from './question-schema';
import { curriculumFactIds } from './curriculum-facts';

// The real content: the build runs the same check (content-check.ts); this test names every failing item at once.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = loadContentSources(root);

describe('the items in content/', () => {
  it('pass the content check, item checks included', () => {
    expect(formatContentErrors(validateContent(sources))).toBe('Content check failed (0 problems):');
  });

  it('meet the blueprint: ≥ 40% application, ≥ 4 vignettes per module, every curriculum fact tested', () => {
    const bank = (sources.questions ?? []).flatMap((f) => questionFileSchema.parse(f.data));
    const bp = computeBlueprint(bank, curriculumFactIds);
    expect(bp.shortfalls).toEqual([]);
    expect(bp.untestedFacts).toEqual([]);
  });
});
