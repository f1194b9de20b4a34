import type { ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { expectedAnswer, type Graded } from '../../core/quiz/grade';
import type { QuizQuestion } from '../../lib/questions';
import { expectedText, givenText } from './format';

export type Verdict = 'right' | 'partial' | 'wrong' | 'unanswered';

export function verdictOf(result: Graded | null | undefined): Verdict {
  if (!result) return 'unanswered';
  if (result.correct) return 'right';
  return result.score > 0 ? 'partial' : 'wrong';
}

const verdictKey = {
  right: 'quiz.right',
  partial: 'quiz.partial',
  wrong: 'quiz.wrong',
  unanswered: 'quiz.unanswered',
} as const;

export function verdictLabel(verdict: Verdict, lang: Locale): string {
  return getT(lang)(verdictKey[verdict]);
}

interface Props {
  question: QuizQuestion;
  lang: Locale;
  result: Graded | null | undefined;
  /** Show what was answered too (the results review does; live feedback sits under the answer itself). */
  showGiven?: boolean;
  /** Extra lines, e.g. the next review date. */
  children?: ReactNode;
}

/** Verdict, the right answer, why, and where it comes from (bibliography entry or case page). */
export function FeedbackPanel({ question, lang, result, showGiven = false, children }: Props) {
  const t = getT(lang);
  const verdict = verdictOf(result);
  return (
    <div className={`quiz-feedback quiz-feedback--${verdict}`} data-testid="feedback" data-verdict={verdict}>
      <p className="quiz-feedback__verdict">
        <span aria-hidden="true">{verdict === 'right' ? '✓ ' : verdict === 'unanswered' ? '– ' : '✗ '}</span>
        <strong>{verdictLabel(verdict, lang)}</strong>
      </p>
      {showGiven && result && (
        <p>
          {t('quiz.yourAnswer')}: {givenText(question, result.given, lang)}
        </p>
      )}
      {verdict !== 'right' && (
        <p data-testid="expected-answer">
          {t('quiz.correctAnswer')}: <strong>{expectedText(question, expectedAnswer(question), lang)}</strong>
        </p>
      )}
      <p className="quiz-feedback__explanation">{question.explanation}</p>
      {question.sources.length > 0 && (
        <p className="quiz-feedback__source meta">
          {t('quiz.source')}:{' '}
          {question.sources.map((s, i) => (
            <span key={s.href}>
              {i > 0 && ' · '}
              <a href={s.href} data-source={s.kind}>{s.label}</a>
              {s.detail && <> — <cite>{s.detail}</cite></>}
            </span>
          ))}
        </p>
      )}
      {children}
    </div>
  );
}
