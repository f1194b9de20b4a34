import { useEffect, useState, type ReactNode } from 'react';
import { locales, type Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { isLastPosition, nextPosition, type Deck } from '../../core/present/deck';
import type { SharedState } from '../../core/present/sync';
import { NotesText, SlideView } from './SlideView';

const languageNames: Record<Locale, string> = { it: 'Italiano', en: 'English' };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "12:05" or "1:02:05". */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** Elapsed time that can be paused and reset; ticks once a second. */
function useStopwatch() {
  const [now, setNow] = useState(() => Date.now());
  const [start, setStart] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = (pausedAt ?? now) - start;
  return {
    elapsed,
    now,
    paused: pausedAt !== null,
    toggle: () => {
      const t = Date.now();
      if (pausedAt === null) setPausedAt(t);
      else {
        setStart((s) => s + (t - pausedAt));
        setPausedAt(null);
      }
      setNow(t);
    },
    reset: () => {
      const t = Date.now();
      setStart(t);
      setPausedAt((p) => (p === null ? null : t));
      setNow(t);
    },
  };
}

interface Props {
  deck: Deck;
  state: SharedState;
  onLang: (lang: Locale) => void;
  onBlank: () => void;
  toolbar: ReactNode;
}

/**
 * The lecturer's window: notes, the current step and the next one, elapsed time and clock. It shares its
 * state with the audience window, and can switch the audience language live.
 */
export function SpeakerView({ deck, state, onLang, onBlank, toolbar }: Props) {
  const { lang } = state;
  const t = getT(lang);
  const clock = useStopwatch();
  const slide = deck.slides[state.slide];
  const total = deck.slides.length;
  const atEnd = isLastPosition(deck, state);
  const next = nextPosition(deck, state);
  const nextSlide = deck.slides[next.slide];

  if (!slide) return null;
  return (
    <div className="speaker" data-testid="speaker-view" lang={lang}>
      <header className="speaker__head">
        <h1 className="speaker__title">
          {t('present.speakerTitle')}: <span>{deck.title[lang]}</span>
        </h1>
        <p className="speaker__number" data-testid="slide-number">
          {t('present.slideNumber', { current: state.slide + 1, total })}
          {slide.fragments.length > 0 && <> · {t('present.step', { current: state.fragment, total: slide.fragments.length })}</>}
        </p>
        <div className="speaker__time">
          <p>
            <span className="speaker__label">{t('present.elapsed')}</span>{' '}
            <time data-testid="speaker-elapsed">{formatElapsed(clock.elapsed)}</time>
          </p>
          <button type="button" onClick={clock.toggle} aria-pressed={clock.paused}>
            {clock.paused ? t('present.resume') : t('present.pause')}
          </button>
          <button type="button" onClick={clock.reset}>{t('present.reset')}</button>
          <p>
            <span className="speaker__label">{t('present.clock')}</span>{' '}
            <time data-testid="speaker-clock">{new Date(clock.now).toLocaleTimeString(lang === 'it' ? 'it-IT' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}</time>
          </p>
        </div>
        <div className="speaker__langs" role="group" aria-label={t('present.audienceLang')}>
          {locales.map((l) => (
            <button
              type="button"
              key={l}
              lang={l}
              aria-pressed={l === lang}
              onClick={() => onLang(l)}
              data-testid={`speaker-lang-${l}`}
            >
              {languageNames[l]}
            </button>
          ))}
        </div>
        <button type="button" onClick={onBlank} aria-pressed={state.blank} data-testid="speaker-blank">
          {t('present.blank')}
        </button>
      </header>
      {state.blank && <p className="speaker__blank" role="status">{t('present.blankOn')}</p>}
      <div className="speaker__main">
        <section className="speaker__current" aria-labelledby="speaker-current-title">
          <h2 id="speaker-current-title" className="speaker__label">{t('present.current')}</h2>
          <SlideView slide={slide} lang={lang} shown={state.fragment} headingLevel={null} label={slide.title[lang]} />
        </section>
        <section className="speaker__next" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title" className="speaker__label">{t('present.upNext')}</h2>
          {atEnd || !nextSlide ? (
            <p className="speaker__end">{t('present.end')}</p>
          ) : (
            <div data-testid="speaker-next" data-slide-id={nextSlide.id}>
              <SlideView slide={nextSlide} lang={lang} shown={next.fragment} headingLevel={null} decorative />
            </div>
          )}
        </section>
        <section className="speaker__notes" aria-labelledby="speaker-notes-title" data-testid="speaker-notes">
          <h2 id="speaker-notes-title" className="speaker__label">{t('present.notes')}</h2>
          <NotesText text={slide.notes[lang]} />
        </section>
      </div>
      {toolbar}
    </div>
  );
}
