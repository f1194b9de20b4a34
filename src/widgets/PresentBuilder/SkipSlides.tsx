import { useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { Deck } from '../../core/present/deck';
import { deckKey, type PlaylistItem } from '../../core/present/playlist';

interface Props {
  lang: Locale;
  item: PlaylistItem;
  title: string;
  /** Skipped slide ids of this deck. */
  skipped: ReadonlySet<string>;
  onSkip: (slideId: string, skip: boolean) => void;
}

/** Lets the lecturer leave out slides of a site deck (references are merged at the end of the lecture). */
export function SkipSlides({ lang, item, title, skipped, onSkip }: Props) {
  const t = getT(lang);
  const [slides, setSlides] = useState<{ id: string; title: string }[] | null>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    if (slides) return;
    void fetch(`/present-data/${deckKey(item)}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Deck>) : Promise.reject(new Error(String(r.status)))))
      .then((d) => setSlides(d.slides.filter((s) => !s.continues && s.kind !== 'references').map((s) => ({ id: s.id, title: s.title[lang] }))))
      .catch(() => setFailed(true));
  };
  return (
    <details className="builder__skip" onToggle={(e) => (e.currentTarget.open ? load() : undefined)} data-testid="skip-slides">
      <summary>
        {t('present.builder.skipSlides')}
        {skipped.size > 0 && <> ({t('present.builder.skipped', { count: skipped.size })})</>}
        <span className="visually-hidden"> — {title}</span>
      </summary>
      {failed && <p className="builder__meta">{t('present.loadError', { items: `${item.kind}:${item.id}` })}</p>}
      {slides === null && !failed && <p className="builder__meta">{t('present.loading')}</p>}
      {slides && (
        <ul>
          {slides.map((s, i) => (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={!skipped.has(s.id)} onChange={(e) => onSkip(s.id, !e.target.checked)} data-slide={s.id} />
                {i + 1}. {s.title}
              </label>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
