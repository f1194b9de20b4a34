import { useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';

/** Copies plain text; when the clipboard is refused, shows the text so it can be copied by hand. */
export function CopyButton({ text, lang }: { text: string; lang: Locale }) {
  const t = getT(lang);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="copy">
      <button type="button" onClick={copy} data-testid="copy-result">{t('calc.copy')}</button>
      <span role="status" className="copy__status">{status === 'copied' ? t('calc.copied') : status === 'failed' ? t('calc.copyFailed') : ''}</span>
      {status === 'failed' && <textarea readOnly value={text} rows={8} aria-label={t('calc.copy')} />}
    </div>
  );
}
