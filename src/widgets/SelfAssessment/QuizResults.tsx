import { useEffect, useRef } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { SessionResults } from '../../core/quiz/results';
import type { Session } from '../../core/quiz/session';
import type { QuizQuestion } from '../../core/quiz/question';
import { optionSeed } from '../../core/quiz/shuffle-options';
import { FeedbackPanel } from '../shared/question/FeedbackPanel';
import { formatNumber, formatPercent } from '../shared/question/format';
import { QuestionView } from '../shared/question/QuestionView';

interface Props {
  lang: Locale;
  idPrefix: string;
  session: Session;
  results: SessionResults;
  questions: ReadonlyMap<string, QuizQuestion>;
  moduleTitles: ReadonlyMap<string, string>;
  saved: boolean | null;
  onRetake: () => void;
  onRestart: () => void;
}

/**
 * Score over the questions answered, breakdowns by module and by cognitive level, every mistake
 * shown as it was asked (same option order) with its explanation, and the way back in.
 */
export function QuizResults({ lang, idPrefix, session, results, questions, moduleTitles, saved, onRetake, onRestart }: Props) {
  const t = getT(lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="quiz-results" aria-labelledby={`${idPrefix}-results`} data-testid="quiz-results" data-end={results.endReason ?? ''}>
      <h2 id={`${idPrefix}-results`} tabIndex={-1} ref={headingRef}>
        {t('quiz.resultsTitle')}
      </h2>
      {results.endReason === 'time-up' && (
        <p className="quiz-notice" data-testid="time-up">
          {t('quiz.timeUp')}
        </p>
      )}
      <p className="quiz-results__score" data-testid="quiz-score" data-correct={results.correct} data-total={results.total}>
        {t('quiz.scoreLine', {
          correct: results.correct,
          total: results.answered,
          score: formatNumber(results.score, lang),
          percent: formatPercent(results.fraction, lang),
        })}
      </p>
      {results.score !== results.correct && (
        <p className="meta" data-testid="partial-credit-note">{t('quiz.partialCreditNote')}</p>
      )}
      {results.unanswered.length > 0 && (
        <p className="meta" data-testid="unanswered-note" data-unanswered={results.unanswered.length}>
          {t('quiz.unansweredNote', { count: results.unanswered.length, total: results.total })}
        </p>
      )}
      {saved !== null && results.answered > 0 && (
        <p className="meta" data-testid="save-status">
          {saved ? t('quiz.saved') : t('quiz.notSaved')}
        </p>
      )}

      <table className="quiz-results__modules" data-testid="module-breakdown">
        <caption>{t('quiz.byModule')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quiz.module')}</th>
            <th scope="col">{t('quiz.correctCol')}</th>
            <th scope="col">{t('quiz.scoreCol')}</th>
          </tr>
        </thead>
        <tbody>
          {results.byModule.map((m) => (
            <tr key={m.module} data-module={m.module}>
              <th scope="row">
                {m.module} · {moduleTitles.get(m.module) ?? m.module}
              </th>
              <td>
                {m.correct}/{m.answered}
              </td>
              <td>{formatPercent(m.answered === 0 ? 0 : m.score / m.answered, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="quiz-results__modules" data-testid="level-breakdown">
        <caption>{t('quiz.byLevel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quiz.level')}</th>
            <th scope="col">{t('quiz.correctCol')}</th>
            <th scope="col">{t('quiz.scoreCol')}</th>
          </tr>
        </thead>
        <tbody>
          {results.byLevel.map((l) => (
            <tr key={l.level} data-level={l.level}>
              <th scope="row">{t(l.level === 'application' ? 'quiz.levelApplication' : 'quiz.levelRecall')}</th>
              <td>
                {l.correct}/{l.answered}
              </td>
              <td>{formatPercent(l.answered === 0 ? 0 : l.score / l.answered, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="quiz-results__actions">
        <button type="button" className="primary" onClick={onRetake} disabled={results.mistakes.length === 0} data-testid="retake">
          {t('quiz.retake', { count: results.mistakes.length })}
        </button>
        <button type="button" onClick={onRestart} data-testid="restart">
          {t('quiz.newSession')}
        </button>
      </div>

      <h3>{t('quiz.mistakesTitle')}</h3>
      {results.mistakes.length === 0 ? (
        <p data-testid="no-mistakes">{t('quiz.noMistakes')}</p>
      ) : (
        <ol className="quiz-results__mistakes" data-testid="mistakes">
          {results.mistakes.map((qid) => {
            const q = questions.get(qid);
            const result = session.answers[qid]?.result;
            if (!q || !result) return null;
            return (
              <li key={qid} data-question-id={qid}>
                <p className="meta">{q.module}</p>
                <QuestionView question={q} lang={lang} idPrefix={`${idPrefix}-r-${qid}`} seed={optionSeed(session.seed, qid)} draft={undefined} onDraft={() => {}} graded={result} />
                <FeedbackPanel question={q} lang={lang} result={result} showGiven />
              </li>
            );
          })}
        </ol>
      )}

      {session.mode === 'exam' && (
        <details className="quiz-results__sheet" data-testid="answer-sheet">
          <summary>{t('quiz.answerSheet', { count: results.total })}</summary>
          <ol className="quiz-results__mistakes">
            {session.order.map((qid) => {
              const q = questions.get(qid);
              if (!q) return null;
              const result = session.answers[qid]?.result;
              return (
                <li key={qid} data-sheet-id={qid}>
                  <p className="meta">{q.module}</p>
                  {result ? (
                    <QuestionView question={q} lang={lang} idPrefix={`${idPrefix}-s-${qid}`} seed={optionSeed(session.seed, qid)} draft={undefined} onDraft={() => {}} graded={result} />
                  ) : (
                    <p className="quiz-q__stem">{q.stem}</p>
                  )}
                  <FeedbackPanel question={q} lang={lang} result={result} showGiven />
                </li>
              );
            })}
          </ol>
        </details>
      )}
    </section>
  );
}
