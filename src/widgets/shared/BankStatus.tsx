import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import type { BankState } from './question-bank';

/**
 * What the learner sees while the question bank loads, or when it could not be loaded: a status line, or an
 * alert with a retry button, never a blank widget. Nothing once the bank is ready.
 */
export function BankStatus({ bank, lang, onRetry }: { bank: BankState; lang: Locale; onRetry: () => void }) {
  const t = getT(lang);
  if (bank.kind === 'ready') return null;
  if (bank.kind === 'loading')
    return (
      <p className="meta" role="status" data-testid="bank-status" data-state="loading">
        {t('quiz.bankLoading')}
      </p>
    );
  return (
    <div className="quiz-q__error" role="alert" data-testid="bank-status" data-state="error">
      <p>{t('quiz.bankError')}</p>
      <button type="button" onClick={onRetry} data-testid="bank-retry">
        {t('quiz.bankRetry')}
      </button>
    </div>
  );
}
