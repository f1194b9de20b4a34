import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { InvalidReason } from '../../core/quiz/answer';
import type { Graded } from '../../core/quiz/grade';
import type { QuizQuestion } from '../../lib/questions';
import { formatNumber } from './format';

/** What the resident has ticked or typed so far: option id(s), or the raw text of a numeric answer. */
export type Draft = string | string[] | undefined;

interface Props {
  question: QuizQuestion;
  lang: Locale;
  /** Unique per question and widget, so inputs of two views never share names or ids. */
  idPrefix: string;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  /** Once graded in practice or review, the answer is shown marked and can no longer change. */
  graded?: Graded | undefined;
  invalid?: InvalidReason | null;
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

/** One question as native form controls: a radio group, a checkbox group, or a decimal text field. */
export function QuestionView({ question, lang, idPrefix, draft, onDraft, graded, invalid }: Props) {
  const t = getT(lang);
  const errorId = `${idPrefix}-error`;
  const stemId = `${idPrefix}-stem`;
  const error = invalid ? <p className="quiz-q__error" id={errorId} data-testid="answer-error">{invalidMessage(invalid, question, lang)}</p> : null;
  const describedBy = invalid ? errorId : undefined;

  if (question.type === 'numeric') {
    const inputId = `${idPrefix}-value`;
    const verdict = graded ? (graded.correct ? 'is-right' : 'is-wrong') : '';
    return (
      <div className="quiz-q" data-question-id={question.id} data-type="numeric">
        <p className="quiz-q__stem" id={stemId}>{question.stem}</p>
        <div className="quiz-q__numeric">
          <label htmlFor={inputId}>{question.unit ? t('quiz.numericLabelUnit', { unit: question.unit }) : t('quiz.numericLabel')}</label>
          <input
            id={inputId}
            className={verdict}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={typeof draft === 'string' ? draft : ''}
            onChange={(e) => onDraft(e.target.value)}
            readOnly={graded !== undefined}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={[stemId, describedBy].filter(Boolean).join(' ')}
            data-testid="numeric-answer"
          />
          {question.unit && <span className="quiz-q__unit" aria-hidden="true">{question.unit}</span>}
        </div>
        <p className="quiz-q__hint meta">{t('quiz.numericHint', { example: formatNumber(12.5, lang) })}</p>
        {error}
      </div>
    );
  }

  const multiple = question.type === 'multiple';
  const chosen = new Set(Array.isArray(draft) ? draft : typeof draft === 'string' ? [draft] : []);
  const right = new Set(question.type === 'single' ? [question.correct] : question.correct);
  const toggle = (id: string) => {
    if (!multiple) return onDraft(id);
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onDraft([...next].sort());
  };

  return (
    <div className="quiz-q" data-question-id={question.id} data-type={question.type}>
      <fieldset className="quiz-q__options" aria-describedby={describedBy}>
        <legend className="quiz-q__stem">
          {question.stem}
          {multiple && <span className="quiz-q__hint"> {t('quiz.selectAll')}</span>}
        </legend>
        {question.options.map((option) => {
          const id = `${idPrefix}-${option.id}`;
          const isChosen = chosen.has(option.id);
          // After grading: the right options are marked, and so is a wrong pick.
          const mark = graded ? (right.has(option.id) ? 'right' : isChosen ? 'wrong' : null) : null;
          return (
            <label key={option.id} htmlFor={id} className={['quiz-q__option', isChosen ? 'is-checked' : '', mark ? `is-${mark}` : ''].join(' ').trim()}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={id}
                name={`${idPrefix}-answer`}
                value={option.id}
                checked={isChosen}
                disabled={graded !== undefined}
                onChange={() => toggle(option.id)}
              />
              <span className="quiz-q__option-id" aria-hidden="true">{option.id})</span>
              <span>{option.text}</span>
              {mark && <span className={`quiz-q__mark quiz-q__mark--${mark}`}>{mark === 'right' ? t('quiz.markRight') : t('quiz.markWrong')}</span>}
            </label>
          );
        })}
      </fieldset>
      {error}
    </div>
  );
}
