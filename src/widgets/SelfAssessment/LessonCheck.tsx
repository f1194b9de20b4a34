import { useEffect, useId, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { InvalidReason } from '../../core/quiz/answer';
import { gradeAnswer, type Graded } from '../../core/quiz/grade';
import type { QuizQuestion } from '../../core/quiz/question';
import { optionSeed } from '../../core/quiz/shuffle-options';
import { FeedbackPanel, verdictAnnouncement } from '../shared/question/FeedbackPanel';
import { QuestionView, type Draft } from '../shared/question/QuestionView';
import '../shared/question/question.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** A few of the module's bank questions, clinical decisions first. */
  questions: QuizQuestion[];
}

/**
 * The lesson's "check yourself": bank questions of the module in the one question view, options
 * shuffled per visit, graded at once; each answer becomes a review card like any other. The code that stores
 * it (scheduler, progress store) loads when the first answer is checked, not with the page.
 */
export default function LessonCheck({ lang, questions, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `lc${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  // The server renders a fixed order; the browser then draws this visit's own.
  const [seed, setSeed] = useState('lesson');
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    setSeed(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
    setHydrated(true);
  }, []);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [graded, setGraded] = useState<Record<string, Graded>>({});
  const [invalid, setInvalid] = useState<Record<string, InvalidReason | null>>({});
  const [announcement, setAnnouncement] = useState('');

  const check = (q: QuizQuestion) => {
    const result = gradeAnswer(q, drafts[q.id]);
    if (result.kind === 'invalid') return setInvalid((prev) => ({ ...prev, [q.id]: result.reason }));
    setGraded((prev) => ({ ...prev, [q.id]: result }));
    setAnnouncement(verdictAnnouncement(q, result, lang));
    const at = Date.now();
    void import('./record-lesson-answer').then(({ recordLessonAnswer }) => recordLessonAnswer(q.id, result, at));
  };

  return (
    <div className="quiz lesson-check" data-widget="lesson-check" data-hydrated={hydrated ? 'true' : undefined}>
      <ol className="lesson-check__list">
        {questions.map((q) => (
          <li key={`${q.id}-${seed}`} data-testid="lesson-check-item">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                check(q);
              }}
            >
              <QuestionView
                question={q}
                lang={lang}
                idPrefix={`${idPrefix}-${q.id}`}
                seed={optionSeed(seed, q.id)}
                draft={drafts[q.id]}
                onDraft={(d) => {
                  setDrafts((prev) => ({ ...prev, [q.id]: d }));
                  setInvalid((prev) => ({ ...prev, [q.id]: null }));
                }}
                graded={graded[q.id]}
                invalid={invalid[q.id] ?? null}
              />
              {!graded[q.id] && (
                <button type="submit" className="primary" data-testid="lesson-check-submit">
                  {t('quiz.check')}
                </button>
              )}
            </form>
            {graded[q.id] && <FeedbackPanel question={q} lang={lang} result={graded[q.id]} />}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
