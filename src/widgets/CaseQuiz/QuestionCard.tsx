import { useState, type Ref, type SubmitEvent } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, type UiKey } from '../shared/ui-strings';
import { gradeAnswer, type Graded } from '../../core/quiz/grade';
import type { Answer, InvalidReason } from '../../core/quiz/answer';
import type { QuizQuestionView } from '../../core/cases/case-quiz-data';
import { sinsDifferences } from '../../core/cases/case-scores';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { scoreSins, type SinsInput } from '../../core/scores/sins/score-sins';
import { SinsItemScorer } from './SinsItemScorer';

export interface AnsweredQuestion {
  given: Answer;
  grade: Graded;
  /** The SINS items the learner picked, when they scored item by item. */
  sinsItems?: SinsInput;
}

interface Props {
  lang: Locale;
  question: QuizQuestionView;
  number: number;
  total: number;
  idPrefix: string;
  answered: AnsweredQuestion | undefined;
  onAnswered: (answer: AnsweredQuestion) => void;
  headingRef?: Ref<HTMLHeadingElement>;
  feedbackRef?: Ref<HTMLDivElement>;
}

/** A number as the locale writes it: 2.5 → "2,5" in Italian. */
export const localNumber = (value: number, lang: Locale) => (lang === 'it' ? String(value).replace('.', ',') : String(value));

export function expectedText(q: QuizQuestionView, lang: Locale): string {
  const t = getT(lang);
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id === q.correct)?.text ?? q.correct;
    case 'multiple':
      return q.options.filter((o) => q.correct.includes(o.id)).map((o) => o.text).join('; ');
    case 'numeric': {
      const value = `${localNumber(q.correct, lang)}${q.unit ? ` ${q.unit}` : ''}`;
      return q.tolerance > 0 ? t('casequiz.tolerance', { value, tolerance: localNumber(q.tolerance, lang) }) : value;
    }
  }
}

export function givenText(q: QuizQuestionView, grade: Graded, lang: Locale): string {
  const g = grade.given;
  if (g.type === 'numeric') return `${localNumber(g.value, lang)}${q.type === 'numeric' && q.unit ? ` ${q.unit}` : ''}`;
  const ids = g.type === 'single' ? [g.optionId] : g.optionIds;
  const options = q.type === 'numeric' ? [] : q.options;
  return ids.map((id) => options.find((o) => o.id === id)?.text ?? id).join('; ');
}

export function verdictOf(grade: Graded): 'correct' | 'partial' | 'incorrect' {
  return grade.correct ? 'correct' : grade.score > 0 ? 'partial' : 'incorrect';
}

const invalidKey = (reason: InvalidReason): UiKey =>
  reason === 'empty' ? 'casequiz.invalid.empty' : reason === 'not-a-number' ? 'casequiz.invalid.not-a-number' : 'casequiz.invalid.other';

export function QuestionCard({ lang, question: q, number, total, idPrefix, answered, onAnswered, headingRef, feedbackRef }: Props) {
  const t = getT(lang);
  const [choice, setChoice] = useState<string>('');
  const [choices, setChoices] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<InvalidReason | null>(null);
  const [sinsItems, setSinsItems] = useState<SinsInput>({});
  const done = answered !== undefined;
  const base = `${idPrefix}-${q.id}`;
  const errorId = `${base}-error`;
  const helpId = `${base}-help`;

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (done) return;
    const given: Answer = q.type === 'single' ? choice : q.type === 'multiple' ? choices : text;
    const result = gradeAnswer(q, given);
    if (result.kind === 'invalid') {
      setError(result.reason);
      return;
    }
    setError(null);
    const usedItems = q.type === 'numeric' && q.sins && Object.keys(sinsItems).length > 0 ? sinsItems : undefined;
    onAnswered({ given, grade: result, ...(usedItems ? { sinsItems: usedItems } : {}) });
  };

  const mark = (optionId: string, chosen: boolean) => {
    if (!answered || q.type === 'numeric') return null;
    const isCorrect = q.type === 'single' ? q.correct === optionId : q.correct.includes(optionId);
    return (
      <span className={`case-quiz__mark ${isCorrect ? 'is-correct' : chosen ? 'is-wrong' : ''}`}>
        {isCorrect && <><span aria-hidden="true"> ✓</span><span className="visually-hidden"> ({t('casequiz.isCorrectOption')})</span></>}
        {!isCorrect && chosen && <><span aria-hidden="true"> ✗</span><span className="visually-hidden"> ({t('casequiz.isChosenOption')})</span></>}
      </span>
    );
  };

  const given = answered?.given;
  const verdict = answered ? verdictOf(answered.grade) : null;

  return (
    <section className={`case-quiz__question${done ? ' is-answered' : ''}`} data-testid="quiz-question" data-question-id={q.id} aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`} className="case-quiz__question-title" tabIndex={-1} ref={headingRef}>
        {t('casequiz.questionTitle', { n: number, total })}
      </h2>
      <form onSubmit={submit} noValidate>
        {q.type === 'numeric' ? (
          <>
            <p className="case-quiz__stem" id={`${base}-stem`}>{q.stem}</p>
            {q.sins && !done && (
              <SinsItemScorer
                lang={lang}
                idPrefix={`${base}-sins`}
                input={sinsItems}
                onChange={setSinsItems}
                onUse={(n) => { setText(String(n)); setError(null); }}
                emptyCalculatorHref={q.sins.emptyCalculatorHref}
              />
            )}
            <p className="case-quiz__numeric">
              <label htmlFor={`${base}-input`}>{t('casequiz.numericLabel')}</label>{' '}
              <input
                id={`${base}-input`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={done && typeof given === 'string' ? given : text}
                onChange={(e) => { setText(e.target.value); setError(null); }}
                readOnly={done}
                aria-describedby={`${base}-stem ${helpId}${error ? ` ${errorId}` : ''}`}
                aria-invalid={error ? true : undefined}
                data-testid="quiz-numeric"
              />
              {q.unit && <span className="case-quiz__unit"> {q.unit}</span>}
            </p>
            <p className="meta" id={helpId}>{t('casequiz.numericHelp')}</p>
          </>
        ) : (
          <fieldset className="case-quiz__options" aria-describedby={helpId}>
            <legend className="case-quiz__stem">{q.stem}</legend>
            <p className="meta" id={helpId}>{t(q.type === 'single' ? 'casequiz.chooseOne' : 'casequiz.chooseAll')}</p>
            {q.options.map((o) => {
              const id = `${base}-${o.id}`;
              const chosen = q.type === 'single' ? (done ? given === o.id : choice === o.id) : (done ? Array.isArray(given) && given.includes(o.id) : choices.includes(o.id));
              return (
                <label key={o.id} htmlFor={id} className={`case-quiz__option${chosen ? ' is-checked' : ''}`}>
                  <input
                    id={id}
                    type={q.type === 'single' ? 'radio' : 'checkbox'}
                    name={base}
                    value={o.id}
                    checked={chosen}
                    disabled={done}
                    onChange={(e) => {
                      setError(null);
                      if (q.type === 'single') setChoice(o.id);
                      else setChoices((prev) => (e.target.checked ? [...prev, o.id] : prev.filter((x) => x !== o.id)));
                    }}
                  />
                  <span>{o.text}</span>
                  {mark(o.id, chosen)}
                </label>
              );
            })}
          </fieldset>
        )}
        {error && <p className="case-quiz__error" id={errorId} role="alert">{t(invalidKey(error))}</p>}
        {!done && <button type="submit" className="primary" data-testid="quiz-submit">{t('casequiz.submit')}</button>}
      </form>
      {answered && verdict && (
        <div className={`case-quiz__feedback is-${verdict}`} data-testid="quiz-feedback" data-correct={String(answered.grade.correct)} tabIndex={-1} ref={feedbackRef}>
          <p className="case-quiz__verdict"><strong>{t(`casequiz.${verdict}`)}</strong></p>
          {q.type === 'numeric' && <p>{t('casequiz.given', { answer: givenText(q, answered.grade, lang) })}</p>}
          {!answered.grade.correct && <p>{t('casequiz.expected', { answer: expectedText(q, lang) })}</p>}
          {q.type === 'numeric' && q.sins && <SinsComparison lang={lang} given={answered} sins={q.sins} />}
          <p>{q.explanation}</p>
          <p className="case-quiz__source">
            {t('casequiz.source')} <a href={q.ref.href}>{q.ref.label}</a>
          </p>
        </div>
      )}
    </section>
  );
}

function SinsComparison({ lang, given, sins }: { lang: Locale; given: AnsweredQuestion; sins: NonNullable<Extract<QuizQuestionView, { type: 'numeric' }>['sins']> }) {
  const t = getT(lang);
  const value = given.grade.given.type === 'numeric' ? given.grade.given.value : null;
  const items = given.sinsItems;
  const diffs = items && scoreSins(items).kind !== 'invalid' ? sinsDifferences(items, sins.input) : null;
  const label = (id: string) => sinsDefinition.components.find((c) => c.id === id)?.label[lang] ?? id;
  return (
    <div className="case-quiz__compare" data-testid="sins-compare">
      <p>{t('casequiz.sins.compare', { given: value === null ? '—' : localNumber(value, lang), expert: sins.expertTotal })}</p>
      {diffs && <p>{diffs.length === 0 ? t('casequiz.sins.same') : t('casequiz.sins.differences', { items: diffs.map(label).join(', ') })}</p>}
      <p><a href={sins.calculatorHref}>{t('casequiz.sins.open')}</a></p>
    </div>
  );
}
