import { useEffect, useRef } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { remainingMs, type Session } from '../../core/quiz/session';
import { formatClock } from '../shared/question/format';

interface Props {
  lang: Locale;
  session: Session;
  onResume: () => void;
  onDiscard: () => void;
}

/** "You have a session in progress": resume it (an exam with its clock still running) or discard it. */
export function ResumeNotice({ lang, session, onResume, onDiscard }: Props) {
  const t = getT(lang);
  const resumeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => resumeRef.current?.focus(), []);
  const answered = session.order.filter((id) => session.answers[id]).length;
  const left = remainingMs(session, Date.now());
  return (
    <section className="quiz-notice quiz-resume" data-testid="resume-notice" data-mode={session.mode} aria-labelledby="quiz-resume-title">
      <h2 id="quiz-resume-title">{t(session.mode === 'exam' ? 'quiz.resumeExamTitle' : 'quiz.resumePracticeTitle')}</h2>
      <p>
        {t('quiz.resumeLine', { answered, total: session.order.length })}
        {left !== null && <> {left > 0 ? t('quiz.resumeClock', { time: formatClock(left) }) : t('quiz.resumeTimeUp')}</>}
      </p>
      <div className="quiz-confirm__actions">
        <button type="button" className="primary" ref={resumeRef} onClick={onResume} data-testid="resume">
          {t('quiz.resume')}
        </button>
        <button type="button" onClick={onDiscard} data-testid="discard">
          {t('quiz.discard')}
        </button>
      </div>
    </section>
  );
}
