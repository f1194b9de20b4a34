import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { keyHelp } from '../../core/present/keys';

/** A small modal: focus moves in on open and back where it was on close; Escape closes. */
export function Modal({ title, onClose, children, testId, wide = false }: { title: string; onClose: () => void; children: ReactNode; testId: string; wide?: boolean }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('[autofocus], input, button, a[href]');
    (first ?? box.current)?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="present-modal" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className={`present-modal__box${wide ? ' present-modal__box--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={id} className="present-modal__title">{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function GotoDialog({ lang, total, onGo, onClose }: { lang: Locale; total: number; onGo: (slide: number) => void; onClose: () => void }) {
  const t = getT(lang);
  const [value, setValue] = useState('');
  const [error, setError] = useState(false);
  const inputId = useId();
  const errorId = useId();
  return (
    <Modal title={t('present.goto')} onClose={onClose} testId="goto-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(value.trim());
          if (!Number.isInteger(n) || n < 1 || n > total) {
            setError(true);
            return;
          }
          onGo(n - 1);
        }}
      >
        <label htmlFor={inputId}>{t('present.gotoLabel', { count: total })}</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          value={value}
          aria-invalid={error || undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setError(false);
          }}
          data-testid="goto-input"
        />
        {error && <p id={errorId} className="present-error" role="alert">{t('present.gotoInvalid', { count: total })}</p>}
        <div className="present-modal__actions">
          <button type="submit" className="primary">{t('present.gotoSubmit')}</button>
          <button type="button" onClick={onClose}>{t('present.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}

export function HelpDialog({ lang, onClose }: { lang: Locale; onClose: () => void }) {
  const t = getT(lang);
  return (
    <Modal title={t('present.help')} onClose={onClose} testId="help-dialog" wide>
      <table className="present-keys">
        <thead>
          <tr>
            <th scope="col">{t('present.keyCol')}</th>
            <th scope="col">{t('present.actionCol')}</th>
          </tr>
        </thead>
        <tbody>
          {keyHelp.map((k) => (
            <tr key={k.action}>
              <td>{k.keys.map((key, i) => <kbd key={i}>{key}</kbd>)}</td>
              <td>{t(`present.keys.${k.action}` as Parameters<typeof t>[0])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="present-modal__actions">
        <button type="button" onClick={onClose}>{t('present.close')}</button>
      </div>
    </Modal>
  );
}
