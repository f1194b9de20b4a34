// Which UI strings each island receives, as exact keys or prefixes ending in '.'. The island's Astro wrapper
// (or page) resolves them on the server with `islandStrings(lang, name)`; nothing else reaches the browser.
// island-keys.test.ts fails when an island's code mentions a key its list does not cover.
const calculator = ['calc.', 'query.', 'site.disclaimer'] as const;
const sins = [...calculator, 'sins.', 'note.'] as const;
const escc = [...calculator, 'escc.'] as const;
const noms = [...calculator, 'noms.', 'sins.', 'escc.', 'note.'] as const;
const storageNotices = ['progress.storageUnavailable', 'progress.recoveredNewer', 'progress.recoveredParts', 'progress.recoveredUnreadable', 'progress.backupKept', 'progress.legacyKept', 'progress.moreSkipped'] as const;

export const islandKeys = {
  SinsCalculator: sins,
  EsccPicker: escc,
  NomsCalculator: noms,
  // Any sum score (Tokuhashi included): its wording comes as props, so the generic strings suffice.
  SumScoreCalculator: calculator,
  // The same tools in a lesson, loaded on the reader's press: the button passes the tool's strings on.
  SinsCalculatorOnDemand: sins,
  EsccPickerOnDemand: escc,
  NomsCalculatorOnDemand: noms,
  SumScoreCalculatorOnDemand: calculator,
  PainResponseCalculator: [...calculator, 'painResponse.'],
  RadiosensitivityTable: [...calculator, 'radiosensitivity.'],
  AlgorithmWalkthrough: ['algo.', 'note.'],
  CaseQuiz: ['casequiz.', 'cases.phase.', 'sins.', 'calc.points', 'quiz.', 'review.'],
  Presenter: ['present.', 'site.disclaimer'],
  PlaylistPresenter: ['present.', 'site.disclaimer'],
  PresentBuilder: ['present.', 'site.disclaimer'],
  ProgressDashboard: ['progress.', 'quiz.allModules', 'quiz.modeExam', 'quiz.modePractice', 'review.start'],
  ReviewSession: ['quiz.', 'review.', 'progress.title', ...storageNotices],
  SelfAssessment: ['quiz.', 'review.', ...storageNotices],
  LessonCheck: ['quiz.', 'review.', 'lesson.', ...storageNotices],
  // Lesson tools (src/core/lesson-tools): each checker shares the 'check.' strings; the others have their own prefix.
  // 'source.': how a tool names the sources of its rules (widgets/shared/cite.ts).
  AblationChooser: ['calc.', 'query.', 'abl.', 'check.', 'source.'],
  AblationIndicationsCheck: ['calc.', 'query.', 'check.', 'source.'],
  AugmentationChoice: ['calc.', 'query.', 'check.', 'source.'],
  CoblationCheck: ['calc.', 'query.', 'check.', 'source.'],
  CryoPlanner: ['calc.', 'cryo.', 'query.'],
  CurativePalliativeCheck: ['calc.', 'query.', 'check.', 'source.'],
  EmbolizationPlanner: ['calc.', 'query.', 'emb.', 'check.', 'source.'],
  EvidenceTable: ['calc.notices', 'query.', 'ev.'],
  MrgfusCheck: ['calc.', 'query.', 'check.', 'source.'],
  PainGeneratorCheck: ['calc.', 'query.', 'check.', 'source.'],
  ReadinessCheck: ['calc.', 'query.', 'check.', 'source.'],
  RtResponseChart: ['calc.', 'query.', 'rtr.', 'source.'],
  ThermalProtectionChooser: ['calc.', 'query.', 'tp.', 'check.', 'source.'],
  VertebroplastyApproach: ['calc.', 'vp.', 'check.', 'query.', 'source.'],
  VertebroplastyCheck: ['calc.', 'vp.', 'check.', 'query.', 'source.'],
} as const satisfies Record<string, readonly string[]>;

export type IslandName = keyof typeof islandKeys;
