import { describe, expect, it } from 'vitest';
import { computeBlueprint, type BlueprintItem } from './blueprint';

const items = (module: string, recall: number, application: number, facts = ['1a']): BlueprintItem[] => [
  ...Array.from({ length: recall }, () => ({ module, level: 'recall' as const, facts })),
  ...Array.from({ length: application }, () => ({ module, level: 'application' as const, facts })),
];
const everyModule = (recall: number, application: number) => Array.from({ length: 15 }, (_, i) => items(`M${i + 1}`, recall, application)).flat();

describe('blueprint', () => {
  it('counts items per module and level', () => {
    const bp = computeBlueprint([...items('M1', 2, 1), ...items('M6', 0, 3)]);
    expect(bp.rows[0]).toEqual({ module: 'M1', recall: 2, application: 1, total: 3 });
    expect(bp.rows[5]).toEqual({ module: 'M6', recall: 0, application: 3, total: 3 });
    expect(bp.rows[14]).toEqual({ module: 'M15', recall: 0, application: 0, total: 0 });
    expect(bp.total).toBe(6);
    expect(bp.applicationShare).toBeCloseTo(4 / 6);
  });

  it('meets the targets with 40% application and 4 vignettes in every module', () => {
    expect(computeBlueprint(everyModule(6, 4)).shortfalls).toEqual([]);
  });

  it('names each shortfall: too little application, too few vignettes in a module', () => {
    const bank = [...everyModule(7, 4).filter((q, i) => !(q.module === 'M9' && q.level === 'application' && i % 2 === 0))];
    const bp = computeBlueprint(bank);
    expect(bp.shortfalls).toEqual(['application items are 35.6% of the bank (target ≥ 40%)', 'M9 has 2 vignettes (target ≥ 4)']);
  });

  it('lists the curriculum facts no item tests', () => {
    expect(computeBlueprint(items('M1', 1, 0, ['1a']), ['1a', '1b', 'case']).untestedFacts).toEqual(['1b']);
  });
});
