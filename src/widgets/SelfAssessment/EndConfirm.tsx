import { useEffect, useRef } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  answered: number;
  total: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "End now? Only the n questions you answered will be recorded." Inline, so focus stays in the quiz. */
export function EndConfirm({ lang, answered, total, onConfirm, onCancel }: Props) {
  const t = getT(lang);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className="quiz-confirm" role="group" aria-labelledby="quiz-confirm-text" data-testid="end-confirm">
      <p id="quiz-confirm-text">
        <strong>{t('quiz.endConfirmTitle')}</strong>{' '}
        {answered === 0 ? t('quiz.endConfirmNone', { total }) : t('quiz.endConfirmSome', { answered, total, left: total - answered })}
      </p>
      <div className="quiz-confirm__actions">
        <button type="button" ref={cancelRef} className="primary" onClick={onCancel} data-testid="end-cancel">
          {t('quiz.endConfirmKeepGoing')}
        </button>
        <button type="button" onClick={onConfirm} data-testid="end-confirm-yes">
          {t('quiz.endConfirmEnd')}
        </button>
      </div>
    </div>
  );
}
