import { useMemo, type ReactNode } from 'react';
import type { Locale } from '../../../core/i18n/locales';
import { getT } from '../ui-strings';
import type { InvalidReason } from '../../../core/quiz/answer';
import type { Graded } from '../../../core/quiz/grade';
import type { QuizQuestion } from '../../../core/quiz/question';
import { shuffleOptions } from '../../../core/quiz/shuffle-options';
import { formatNumber } from './format';
import './question.css';

/** What the learner has ticked or typed so far: option id(s), or the raw text of a numeric answer. */
export type Draft = string | string[] | undefined;

interface Props {
  question: QuizQuestion;
  lang: Locale;
  /** Unique per question and widget, so inputs of two views never share names or ids. */
  idPrefix: string;
  /** Fixes the order the options are shown in: the same within one attempt and its review. */
  seed: string;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  /** Once graded (practice, case quiz, review), the answer is shown marked and can no longer change. */
  graded?: Graded | undefined;
  invalid?: InvalidReason | null;
  /** An aid shown above a numeric answer (the SINS item-by-item scorer of a case). */
  aid?: ReactNode;
}

function invalidMessage(reason: InvalidReason, question: QuizQuestion, lang: Locale): string {
  const t = getT(lang);
  if (reason === 'empty') return t(question.type === 'numeric' ? 'quiz.invalidEmptyNumber' : 'quiz.invalidEmpty');
  if (reason === 'not-a-number') return t('quiz.invalidNumber', { example: formatNumber(12.5, lang) });
  if (reason === 'out-of-range' && question.type === 'numeric') {
    const { min, max } = question;
    if (min !== undefined && max !== undefined) return t('quiz.invalidRange', { min: formatNumber(min, lang), max: formatNumber(max, lang) });
    if (min !== undefined) return t('quiz.invalidMin', { min: formatNumber(min, lang) });
    if (max !== undefined) return t('quiz.invalidMax', { max: formatNumber(max, lang) });
  }
  return t('quiz.invalidEmpty');
}

/** The text of a graded numeric answer as the learner typed it, or the normalized value. */
function numericValue(draft: Draft, graded: Graded | undefined, lang: Locale): string {
  if (typeof draft === 'string' && draft !== '') return draft;
  if (graded?.given.type === 'numeric') return formatNumber(graded.given.value, lang);
  return typeof draft === 'string' ? draft : '';
}

/**
 * One question as native form controls — a radio group, a checkbox group or a decimal text field —
 * used by every place a question is asked (practice, exam, case quizzes, self-checks, review). Options
 * appear in a seeded random order; after grading, the right options and the learner's own picks are
 * marked in words, not only by colour.
 */
export function QuestionView({ question, lang, idPrefix, seed, draft, onDraft, graded, invalid, aid }: Props) {
  const t = getT(lang);
  const errorId = `${idPrefix}-error`;
  const stemId = `${idPrefix}-stem`;
  const shown = useMemo(() => shuffleOptions(question, seed), [question, seed]);
  const error = invalid ? (
    <p className="quiz-q__error" id={errorId} role="alert" data-testid="answer-error">
      {invalidMessage(invalid, question, lang)}
    </p>
  ) : null;
  const describedBy = invalid ? errorId : undefined;

  if (shown.type === 'numeric') {
    const inputId = `${idPrefix}-value`;
    const verdict = graded ? (graded.correct ? 'is-right' : 'is-wrong') : '';
    return (
      <div className="quiz-q" data-question-id={question.id} data-type="numeric" data-testid="question">
        <p className="quiz-q__stem" id={stemId}>{shown.stem}</p>
        {!graded && aid}
        <div className="quiz-q__numeric">
          <label htmlFor={inputId}>{shown.unit ? t('quiz.numericLabelUnit', { unit: shown.unit }) : t('quiz.numericLabel')}</label>
          <input
            id={inputId}
            className={verdict}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={numericValue(draft, graded, lang)}
            onChange={(e) => onDraft(e.target.value)}
            readOnly={graded !== undefined}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={[stemId, `${idPrefix}-hint`, describedBy].filter(Boolean).join(' ')}
            data-testid="numeric-answer"
          />
          {shown.unit && <span className="quiz-q__unit" aria-hidden="true">{shown.unit}</span>}
        </div>
        <p className="quiz-q__hint meta" id={`${idPrefix}-hint`}>{t('quiz.numericHint', { example: formatNumber(12.5, lang) })}</p>
        {error}
      </div>
    );
  }

  const multiple = shown.type === 'multiple';
  const given = graded?.given;
  const picked = given ? (given.type === 'single' ? [given.optionId] : given.type === 'multiple' ? given.optionIds : []) : null;
  const chosen = new Set(picked ?? (Array.isArray(draft) ? draft : typeof draft === 'string' ? [draft] : []));
  const right = new Set(shown.type === 'single' ? [shown.correct] : shown.correct);
  const toggle = (id: string) => {
    if (!multiple) return onDraft(id);
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onDraft([...next].sort());
  };

  return (
    <div className="quiz-q" data-question-id={question.id} data-type={shown.type} data-testid="question">
      <fieldset className="quiz-q__options" aria-describedby={describedBy}>
        <legend className="quiz-q__stem">
          {shown.stem}
          {multiple && <span className="quiz-q__hint"> {t('quiz.selectAll')}</span>}
        </legend>
        {shown.options.map((option) => {
          const id = `${idPrefix}-${option.id}`;
          const isChosen = chosen.has(option.id);
          const isRight = right.has(option.id);
          const marks = graded ? [isRight ? 'right' : null, isChosen ? (isRight ? 'yours' : 'wrong') : null].filter(Boolean) : [];
          return (
            <label
              key={option.id}
              htmlFor={id}
              data-option-id={option.id}
              className={['quiz-q__option', isChosen ? 'is-checked' : '', graded && isRight ? 'is-right' : '', graded && isChosen && !isRight ? 'is-wrong' : ''].join(' ').trim()}
            >
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={id}
                name={`${idPrefix}-answer`}
                value={option.id}
                checked={isChosen}
                disabled={graded !== undefined}
                onChange={() => toggle(option.id)}
              />
              <span>{option.text}</span>
              {marks.length > 0 && (
                <span className="quiz-q__marks">
                  {marks.map((m) => (
                    <span key={m} className={`quiz-q__mark quiz-q__mark--${m}`} data-mark={m}>
                      <span aria-hidden="true">{m === 'wrong' ? '✗ ' : m === 'right' ? '✓ ' : '● '}</span>
                      {m === 'right' ? t('quiz.markRight') : m === 'wrong' ? t('quiz.markWrong') : t('quiz.markYours')}
                    </span>
                  ))}
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
      {error}
    </div>
  );
}
