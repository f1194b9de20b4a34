import type { QuizQuestion } from '../../core/quiz/question';
import type { QuizModule } from './quiz-config';

/** A tiny bank for the component tests: one question of each type, in three modules. No clinical claims. */
const source = (lang: string) => [{ kind: 'ref' as const, label: 'Gangi 2010', detail: 'A guideline', href: `/${lang}/references/#gangi2010` }];

export function testBank(lang: 'it' | 'en' = 'en'): QuizQuestion[] {
  const tag = lang === 'it' ? '[it] ' : '';
  return [
    {
      id: 'm01-single',
      module: 'M1',
      type: 'single',
      stem: `${tag}Which letter is second?`,
      explanation: `${tag}B follows A.`,
      sources: source(lang),
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C' },
      ],
      correct: 'b',
    },
    {
      id: 'm02-multiple',
      module: 'M2',
      type: 'multiple',
      stem: `${tag}Which are vowels?`,
      explanation: `${tag}A and E are vowels.`,
      sources: [...source(lang), { kind: 'case', label: 'T11 case', href: `/${lang}/cases/sins-t11/` }],
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'E' },
        { id: 'd', text: 'K' },
      ],
      correct: ['a', 'c'],
    },
    {
      id: 'm04-numeric',
      module: 'M4',
      type: 'numeric',
      stem: `${tag}Half of twenty-five?`,
      explanation: `${tag}25 / 2 = 12.5.`,
      sources: source(lang),
      correct: 12.5,
      tolerance: 0,
      min: 0,
      max: 100,
      unit: 'points',
    },
  ];
}

export const testModules: QuizModule[] = [
  { module: 'M1', title: 'Team', count: 1 },
  { module: 'M2', title: 'Selection', count: 1 },
  { module: 'M4', title: 'Scores', count: 1 },
];
