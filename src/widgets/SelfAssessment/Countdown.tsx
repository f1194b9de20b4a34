import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { announceAt } from './quiz-config';
import { formatClock } from './format';

/**
 * The exam clock. The visible time is a role="timer" region that screen readers do not read every
 * second (aria-live off); a separate polite region says how much time is left at a few thresholds.
 */
export function Countdown({ remainingMs, lang }: { remainingMs: number; lang: Locale }) {
  const t = getT(lang);
  const [announcement, setAnnouncement] = useState('');
  const last = useRef<number | null>(null);
  const seconds = Math.ceil(remainingMs / 1000);

  useEffect(() => {
    const previous = last.current;
    last.current = seconds;
    if (previous === null) return;
    const crossed = announceAt.find((s) => previous > s && seconds <= s);
    if (crossed !== undefined) {
      setAnnouncement(
        crossed === 60 ? t('quiz.timeLeftOneMinute') : crossed > 60 ? t('quiz.timeLeftMinutes', { count: crossed / 60 }) : t('quiz.timeLeftSeconds', { count: crossed }),
      );
    }
  }, [seconds, t]);

  return (
    <div className={`quiz-timer${seconds <= 60 ? ' quiz-timer--low' : ''}`}>
      <p role="timer" aria-live="off" aria-atomic="true" data-testid="countdown">
        {t('quiz.timeLeft')}: <strong>{formatClock(remainingMs)}</strong>
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="countdown-announcement">
        {announcement}
      </p>
    </div>
  );
}
