import { Suspense, useState, type Ref } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { Answer, InvalidReason } from '../../core/quiz/answer';
import { gradeAnswer, type Graded } from '../../core/quiz/grade';
import type { QuizQuestion, SinsAid } from '../../core/quiz/question';
import type { SinsInput } from '../../core/scores/sins/score-sins';
import { FeedbackPanel } from '../shared/question/FeedbackPanel';
import { formatNumber } from '../shared/question/format';
import { QuestionView, type Draft } from '../shared/question/QuestionView';
import { SinsItemDifferences, SinsItemScorer } from './SinsItemScorer';

export interface AnsweredQuestion {
  given: Answer;
  grade: Graded;
  /** The SINS items the learner picked, when they scored item by item. */
  sinsItems?: SinsInput;
}

interface Props {
  lang: Locale;
  question: QuizQuestion;
  number: number;
  total: number;
  idPrefix: string;
  /** Fixes the option order for this attempt. */
  seed: string;
  answered: AnsweredQuestion | undefined;
  onAnswered: (answer: AnsweredQuestion) => void;
  headingRef?: Ref<HTMLHeadingElement>;
  feedbackRef?: Ref<HTMLDivElement>;
}

/** One decision point of a case: the one question view, graded at once, with the SINS aid where it applies. */
export function CaseQuestion({ lang, question: q, number, total, idPrefix, seed, answered, onAnswered, headingRef, feedbackRef }: Props) {
  const t = getT(lang);
  const [draft, setDraft] = useState<Draft>(undefined);
  const [error, setError] = useState<InvalidReason | null>(null);
  const [sinsItems, setSinsItems] = useState<SinsInput>({});
  const base = `${idPrefix}-${q.id}`;
  const sins = q.type === 'numeric' ? q.sins : undefined;

  const submit = () => {
    if (answered) return;
    const result = gradeAnswer(q, draft);
    if (result.kind === 'invalid') return setError(result.reason);
    setError(null);
    const usedItems = sins && Object.keys(sinsItems).length > 0 ? sinsItems : undefined;
    onAnswered({ given: draft ?? '', grade: result, ...(usedItems ? { sinsItems: usedItems } : {}) });
  };

  return (
    <section className={`case-quiz__question${answered ? ' is-answered' : ''}`} data-testid="quiz-question" data-question-id={q.id} aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`} className="case-quiz__question-title" tabIndex={-1} ref={headingRef}>
        {t('casequiz.questionTitle', { n: number, total })}
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <QuestionView
          question={q}
          lang={lang}
          idPrefix={base}
          seed={seed}
          draft={draft}
          onDraft={(d) => {
            setDraft(d);
            setError(null);
          }}
          graded={answered?.grade}
          invalid={error}
          aid={
            sins && (
              <SinsItemScorer
                lang={lang}
                idPrefix={`${base}-sins`}
                input={sinsItems}
                onChange={setSinsItems}
                onUse={(n) => {
                  setDraft(String(n));
                  setError(null);
                }}
                emptyCalculatorHref={sins.emptyCalculatorHref}
              />
            )
          }
        />
        {!answered && (
          <button type="submit" className="primary" data-testid="quiz-submit">
            {t('casequiz.submit')}
          </button>
        )}
      </form>
      {answered && (
        <div className="case-quiz__feedback" data-testid="quiz-feedback" data-correct={String(answered.grade.correct)} tabIndex={-1} ref={feedbackRef}>
          <FeedbackPanel question={q} lang={lang} result={answered.grade}>
            {sins && <SinsComparison lang={lang} given={answered} sins={sins} />}
          </FeedbackPanel>
        </div>
      )}
    </section>
  );
}

function SinsComparison({ lang, given, sins }: { lang: Locale; given: AnsweredQuestion; sins: SinsAid }) {
  const t = getT(lang);
  const value = given.grade.given.type === 'numeric' ? given.grade.given.value : null;
  const items = given.sinsItems;
  return (
    <div className="case-quiz__compare" data-testid="sins-compare">
      <p>{t('casequiz.sins.compare', { given: value === null ? '—' : formatNumber(value, lang), expert: sins.expertTotal })}</p>
      {items && (
        <Suspense fallback={null}>
          <SinsItemDifferences lang={lang} items={items} expected={sins.input} />
        </Suspense>
      )}
      <p>
        <a href={sins.calculatorHref}>{t('casequiz.sins.open')}</a>
      </p>
    </div>
  );
}
