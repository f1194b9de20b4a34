// Which UI strings each island receives, as exact keys or prefixes ending in '.'. The island's Astro wrapper
// (or page) resolves them on the server with `islandStrings(lang, name)`; nothing else reaches the browser.
// island-keys.test.ts fails when an island's code mentions a key its list does not cover.
const calculator = ['calc.', 'query.', 'site.disclaimer'] as const;
const storageNotices = ['progress.storageUnavailable', 'progress.recoveredNewer', 'progress.recoveredParts', 'progress.recoveredUnreadable', 'progress.backupKept'] as const;

export const islandKeys = {
  SinsCalculator: [...calculator, 'sins.'],
  EsccPicker: [...calculator, 'escc.'],
  NomsCalculator: [...calculator, 'noms.', 'sins.', 'escc.'],
  TokuhashiCalculator: [...calculator, 'tokuhashi.'],
  PainResponseCalculator: [...calculator, 'painResponse.'],
  RadiosensitivityTable: [...calculator, 'radiosensitivity.'],
  AlgorithmWalkthrough: ['algo.'],
  CaseQuiz: ['casequiz.', 'cases.phase.', 'sins.', 'calc.points'],
  Presenter: ['present.', 'site.disclaimer'],
  PlaylistPresenter: ['present.', 'site.disclaimer'],
  PresentBuilder: ['present.', 'site.disclaimer'],
  ProgressDashboard: ['progress.', 'quiz.allModules', 'quiz.modeExam', 'quiz.modePractice', 'review.start'],
  ReviewSession: ['quiz.', 'review.', 'progress.title', ...storageNotices],
  SelfAssessment: ['quiz.', 'review.', ...storageNotices],
} as const satisfies Record<string, readonly string[]>;

export type IslandName = keyof typeof islandKeys;
