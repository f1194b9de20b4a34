import { useEffect, useId, useRef } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { Deck } from '../../core/present/deck';
import { SlideView } from './SlideView';

/** Every slide as a thumbnail button; arrows move between them, Enter opens one, O or Escape closes. */
export function Overview({ deck, lang, current, onPick, onClose }: { deck: Deck; lang: Locale; current: number; onPick: (slide: number) => void; onClose: () => void }) {
  const t = getT(lang);
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const buttons = () => Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button[data-overview-slide]') ?? []);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const b = buttons()[current];
    b?.focus();
    b?.scrollIntoView?.({ block: 'nearest' });
    return () => before?.focus();
  }, []);

  const move = (delta: number) => {
    const all = buttons();
    const at = all.findIndex((b) => b === document.activeElement);
    const next = all[Math.min(Math.max((at < 0 ? current : at) + delta, 0), all.length - 1)];
    next?.focus();
  };
  const columns = () => {
    const all = buttons();
    const top = all[0]?.getBoundingClientRect().top;
    const n = all.findIndex((b) => b.getBoundingClientRect().top !== top);
    return n > 0 ? n : 1;
  };

  return (
    <div
      className="overview"
      role="dialog"
      aria-modal="true"
      aria-labelledby={id}
      data-testid="overview"
      onKeyDown={(e) => {
        const k = e.key;
        if (k === 'Escape' || k === 'o' || k === 'O') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        } else if (k === 'ArrowRight' || k === 'ArrowLeft' || k === 'ArrowDown' || k === 'ArrowUp') {
          e.preventDefault();
          e.stopPropagation();
          const step = k === 'ArrowDown' || k === 'ArrowUp' ? columns() : 1;
          move(k === 'ArrowRight' || k === 'ArrowDown' ? step : -step);
        } else {
          // Other presenter keys do nothing while the overview is open.
          e.stopPropagation();
        }
      }}
    >
      <div className="overview__head">
        <h2 id={id}>{t('present.overviewTitle')}</h2>
        <button type="button" onClick={onClose}>{t('present.close')}</button>
      </div>
      <ol className="overview__grid" ref={list}>
        {deck.slides.map((s, i) => (
          <li key={s.id} className={i === current ? 'overview__item overview__item--current' : 'overview__item'}>
            <SlideView slide={s} lang={lang} shown={Infinity} headingLevel={null} decorative />
            <span className="overview__number" aria-hidden="true">{i + 1}</span>
            <button
              type="button"
              className="overview__hit"
              data-overview-slide={i}
              aria-current={i === current ? 'true' : undefined}
              aria-label={`${i + 1}. ${s.title[lang]}`}
              onClick={() => onPick(i)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
