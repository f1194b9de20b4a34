import { useCallback, useEffect, useState } from 'react';
import { isLocale, locales, type Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { fragmentCount, isLastPosition, nextPosition, prevPosition, slidePosition, type Deck, type Position } from '../../core/present/deck';
import { keyAction } from '../../core/present/keys';
import { pacing, parseTimer, type TimerState } from '../../core/present/pacing';
import type { SharedState } from '../../core/present/sync';
import { NotesText, SlideView } from './SlideView';

const languageNames: Record<Locale, string> = { it: 'Italiano', en: 'English' };
const pad = (n: number) => String(n).padStart(2, '0');

/** "12:05" or "1:02:05". */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

const timerKey = (deckId: string) => `percutanea-speaker-timer:${deckId}`;
const notesLangKey = 'percutanea-speaker-notes-lang';

/** The lecture timer, kept in localStorage so a reload of the speaker window does not restart it. */
function useLectureTimer(deckId: string) {
  const [now, setNow] = useState(() => Date.now());
  const [timer, setTimer] = useState<TimerState>(() => ({ start: Date.now(), pausedAt: null, targetMinutes: 0 }));
  useEffect(() => {
    try {
      setTimer(parseTimer(window.localStorage.getItem(timerKey(deckId)), Date.now()));
    } catch {
      /* storage blocked: a fresh timer */
    }
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [deckId]);
  const save = useCallback(
    (next: TimerState) => {
      setTimer(next);
      setNow(Date.now());
      try {
        window.localStorage.setItem(timerKey(deckId), JSON.stringify(next));
      } catch {
        /* not kept */
      }
    },
    [deckId],
  );
  return {
    now,
    timer,
    elapsed: (timer.pausedAt ?? now) - timer.start,
    toggle: () => {
      const t = Date.now();
      save(timer.pausedAt === null ? { ...timer, pausedAt: t } : { ...timer, start: timer.start + (t - timer.pausedAt), pausedAt: null });
    },
    reset: () => save({ ...timer, start: Date.now(), pausedAt: timer.pausedAt === null ? null : Date.now() }),
    setTarget: (minutes: number) => save({ ...timer, targetMinutes: minutes }),
  };
}

interface Props {
  deck: Deck;
  state: SharedState;
  notices: readonly string[];
  onStep: (pos: Position) => void;
  onLang: (lang: Locale) => void;
  onBlank: () => void;
  exitHref: string;
}

const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);

/**
 * The lecturer's window (ours, not reveal.js's notes plugin: that one reads the notes of the language on
 * the projector, restarts its timer on reload and cannot switch the room's language). One screen at
 * 1280×800: current and next step, notes in the lecturer's language, elapsed time against a target.
 */
export function SpeakerView({ deck, state, notices, onStep, onLang, onBlank, exitHref }: Props) {
  const t = getT(state.lang);
  const clock = useLectureTimer(deck.id);
  const [notesLang, setNotesLang] = useState<Locale>(state.lang);
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(notesLangKey);
      if (isLocale(saved)) setNotesLang(saved);
    } catch {
      /* default: the room's language */
    }
  }, []);
  const chooseNotesLang = (l: Locale) => {
    setNotesLang(l);
    try {
      window.localStorage.setItem(notesLangKey, l);
    } catch {
      /* not kept */
    }
  };

  // Keys: clicker and arrows move the room's deck. Space always means "next" here, even on a button the
  // lecturer just clicked (Enter still activates buttons).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const action = keyAction(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'next') onStep(nextPosition(deck, state));
      else if (action === 'prev') onStep(prevPosition(deck, state));
      else if (action === 'first') onStep({ slide: 0, fragment: 0 });
      else if (action === 'last') onStep(slidePosition(deck, deck.slides.length - 1));
      else onBlank();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [deck, state, onStep, onBlank]);

  const slide = deck.slides[state.slide];
  const total = deck.slides.length;
  const atEnd = isLastPosition(deck, state);
  const next = nextPosition(deck, state);
  const nextSlide = deck.slides[next.slide];
  const pace = pacing(clock.elapsed, clock.timer.targetMinutes, state.slide, total);
  const paceText =
    pace.kind === 'no-target' ? t('present.pace.none') : pace.kind === 'on-time' ? t('present.pace.onTime') : t(`present.pace.${pace.kind}`, { count: pace.minutes });
  if (!slide) return null;

  return (
    <div className="speaker" data-testid="speaker-view" lang={state.lang}>
      <header className="speaker__head">
        <h1 className="speaker__title">
          {t('present.speakerTitle')}: <span>{deck.title[state.lang]}</span>
        </h1>
        <p className="speaker__number" data-testid="slide-number">
          {t('present.slideNumber', { current: state.slide + 1, total })}
          {fragmentCount(deck, state.slide) > 0 && <> · {t('present.step', { current: state.fragment, total: fragmentCount(deck, state.slide) })}</>}
        </p>
        <div className="speaker__time" role="group" aria-label={t('present.timer')}>
          <p>
            <span className="speaker__label">{t('present.elapsed')}</span> <time data-testid="speaker-elapsed">{formatElapsed(clock.elapsed)}</time>
          </p>
          <label className="speaker__target">
            <span className="speaker__label">{t('present.target')}</span>
            <input
              type="number"
              min={0}
              max={600}
              step={5}
              value={clock.timer.targetMinutes || ''}
              placeholder="—"
              onChange={(e) => {
                const v = Number(e.target.value);
                clock.setTarget(Number.isFinite(v) && v >= 0 && v <= 600 ? Math.round(v) : 0);
              }}
              data-testid="speaker-target"
            />
            <span>{t('present.minutes')}</span>
          </label>
          <p className={`speaker__pace speaker__pace--${pace.kind}`} data-testid="speaker-pace" data-pace={pace.kind}>
            {paceText}
          </p>
          <button type="button" onClick={clock.toggle} aria-pressed={clock.timer.pausedAt !== null}>
            {clock.timer.pausedAt !== null ? t('present.resume') : t('present.pause')}
          </button>
          <button type="button" onClick={clock.reset}>{t('present.reset')}</button>
          <p>
            <span className="speaker__label">{t('present.clock')}</span>{' '}
            <time data-testid="speaker-clock">{new Date(clock.now).toLocaleTimeString(state.lang === 'it' ? 'it-IT' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}</time>
          </p>
        </div>
      </header>
      <div className="speaker__bar">
        <div className="speaker__langs" role="group" aria-label={t('present.audienceLang')}>
          <span className="speaker__label" aria-hidden="true">{t('present.audienceLang')}</span>
          {locales.map((l) => (
            <button type="button" key={l} lang={l} aria-pressed={l === state.lang} onClick={() => onLang(l)} data-testid={`speaker-lang-${l}`}>
              {languageNames[l]}
            </button>
          ))}
        </div>
        <div className="speaker__langs" role="group" aria-label={t('present.notesLang')}>
          <span className="speaker__label" aria-hidden="true">{t('present.notesLang')}</span>
          {locales.map((l) => (
            <button type="button" key={l} lang={l} aria-pressed={l === notesLang} onClick={() => chooseNotesLang(l)} data-testid={`notes-lang-${l}`}>
              {languageNames[l]}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => onStep(prevPosition(deck, state))} aria-label={t('present.prev')} data-testid="prev">
          <span aria-hidden="true">◀</span>
        </button>
        <button type="button" onClick={() => onStep(nextPosition(deck, state))} aria-label={t('present.next')} data-testid="next">
          <span aria-hidden="true">▶</span>
        </button>
        <button type="button" onClick={onBlank} aria-pressed={state.blank} data-testid="speaker-blank">{t('present.blank')}</button>
        <a href={exitHref}>{t('present.exit')}</a>
      </div>
      {state.blank && <p className="speaker__blank" role="status">{t('present.blankOn')}</p>}
      {notices.length > 0 && (
        <ul className="present-notices" role="status" data-testid="playlist-notices">
          {notices.map((n, i) => <li key={i}>{n}</li>)}
        </ul>
      )}
      <div className="speaker__main">
        <section className="speaker__current" aria-labelledby="speaker-current-title">
          <h2 id="speaker-current-title" className="speaker__label">{t('present.current')}</h2>
          <SlideView slide={slide} lang={state.lang} figures={deck.figures} shown={state.fragment} scope="cur" label={slide.title[state.lang]} />
        </section>
        <section className="speaker__next" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title" className="speaker__label">{t('present.upNext')}</h2>
          {atEnd || !nextSlide ? (
            <p className="speaker__end">{t('present.end')}</p>
          ) : (
            <div data-testid="speaker-next" data-slide-id={nextSlide.id}>
              <SlideView slide={nextSlide} lang={state.lang} figures={deck.figures} shown={next.fragment} scope="nxt" decorative />
            </div>
          )}
        </section>
        <section className="speaker__notes" aria-labelledby="speaker-notes-title" data-testid="speaker-notes" lang={notesLang} tabIndex={0}>
          <h2 id="speaker-notes-title" className="speaker__label">{t('present.notes')}</h2>
          <NotesText text={slide.notes[notesLang]} />
        </section>
      </div>
      <p className="visually-hidden" aria-live="polite">{t('present.announce', { current: state.slide + 1, total, title: slide.title[state.lang] })}</p>
    </div>
  );
}
