import type { ReactNode, Ref } from 'react';
import type { Locale } from '../../../core/i18n/locales';
import { getT } from '../ui-strings';
import { expectedAnswer, type Graded } from '../../../core/quiz/grade';
import type { QuizQuestion } from '../../../core/quiz/question';
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

/** What a screen reader hears after an answer is checked: the verdict and, if wrong, the right answer. */
export function verdictAnnouncement(question: QuizQuestion, result: Graded, lang: Locale): string {
  const verdict = verdictOf(result);
  if (verdict === 'right') return verdictLabel(verdict, lang);
  return `${verdictLabel(verdict, lang)}. ${getT(lang)('quiz.correctAnswer')}: ${expectedText(question, expectedAnswer(question), lang)}`;
}

interface Props {
  question: QuizQuestion;
  lang: Locale;
  result: Graded | null | undefined;
  /** Show what was answered too (result lists do; live feedback sits under the marked answer itself). */
  showGiven?: boolean;
  /** Extra lines, e.g. the SINS comparison of a case or the next review date. */
  children?: ReactNode;
  panelRef?: Ref<HTMLDivElement>;
}

/** Verdict, the right answer, why, and where it comes from (bibliography entry or case page). */
export function FeedbackPanel({ question, lang, result, showGiven = false, children, panelRef }: Props) {
  const t = getT(lang);
  const verdict = verdictOf(result);
  return (
    <div
      className={`quiz-feedback quiz-feedback--${verdict}`}
      data-testid="feedback"
      data-verdict={verdict}
      data-correct={String(verdict === 'right')}
      tabIndex={panelRef ? -1 : undefined}
      ref={panelRef}
    >
      <p className="quiz-feedback__verdict">
        <span aria-hidden="true">{verdict === 'right' ? '✓ ' : verdict === 'unanswered' ? '– ' : '✗ '}</span>
        <strong>{verdictLabel(verdict, lang)}</strong>
      </p>
      {(showGiven || question.type === 'numeric') && result && (
        <p data-testid="given-answer">
          {t('quiz.yourAnswer')}: {givenText(question, result.given, lang)}
        </p>
      )}
      {verdict !== 'right' && (
        <p data-testid="expected-answer">
          {t('quiz.correctAnswer')}: <strong>{expectedText(question, expectedAnswer(question), lang)}</strong>
        </p>
      )}
      {children}
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
    </div>
  );
}
