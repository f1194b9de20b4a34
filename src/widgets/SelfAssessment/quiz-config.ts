/** A module as the setup screen lists it. */
export interface QuizModule {
  module: string;
  title: string;
  count: number;
}

/** Exam time: one minute per question, so the clock tests recall rather than lookup. */
export const secondsPerExamQuestion = 60;

/** Countdown announcements for screen readers, in seconds left. */
export const announceAt = [300, 60, 10] as const;
