import { useCallback, useEffect, useRef, useState } from 'react';
import { otherLocale, type Locale } from '../../core/i18n/locales';
import { getT, provideStringsByLocale, type UiStrings } from '../shared/ui-strings';
import {
  clampPosition,
  formatPositionHash,
  nextPosition,
  parsePositionHash,
  prevPosition,
  slidePosition,
  type Deck,
  type Position,
} from '../../core/present/deck';
import { keyAction, type KeyAction } from '../../core/present/keys';
import { sameState, type SharedState } from '../../core/present/sync';
import { GotoDialog, HelpDialog } from './Dialogs';
import { Handout, type HandoutLayout } from './Handout';
import { Overview } from './Overview';
import { SlideView } from './SlideView';
import { SpeakerView } from './SpeakerView';
import { useDeckSync } from './useDeckSync';
import '../shared/widget.css';
import './present.css';

export type PresenterMode = { view: 'audience' } | { view: 'speaker' } | { view: 'print'; layout: HandoutLayout; notes: boolean };

/** Reads the mode from the query: `?view=speaker`, `?print=1` / `?print=grid` (+ `&notes=1`). */
export function modeFromSearch(search: string): PresenterMode {
  const p = new URLSearchParams(search);
  const print = p.get('print');
  if (print !== null && print !== '0') return { view: 'print', layout: print === 'grid' ? 'grid' : 'single', notes: p.get('notes') === '1' };
  if (p.get('view') === 'speaker') return { view: 'speaker' };
  return { view: 'audience' };
}

interface Props {
  /** UI strings of both locales (the deck can switch language live), resolved by the page. */
  strings?: Partial<Record<Locale, UiStrings>>;
  deck: Deck;
  /** The page's language; the lecturer can switch the deck to the other one live. */
  lang: Locale;
  /** Where "Exit" leads (the lecture builder with this deck in it). */
  exitHref: string;
  /** The page's path, so links are right before hydration too. */
  path: string;
  /** Visible notices (ignored playlist items…). */
  notices?: readonly string[];
  /** For tests and embedding; in the browser the mode comes from the URL after hydration. */
  initialMode?: PresenterMode;
}

/** Each language named in itself, as on the site's language switch. */
const nativeNames: Record<Locale, string> = { it: 'Italiano', en: 'English' };

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export default function Presenter({ deck, lang: pageLang, exitHref, path, notices = [], initialMode, strings }: Props) {
  provideStringsByLocale(strings);
  const [mode, setMode] = useState<PresenterMode>(initialMode ?? { view: 'audience' });
  const [state, setState] = useState<SharedState>({ slide: 0, fragment: 0, lang: pageLang, blank: false });
  const [panel, setPanel] = useState<null | 'overview' | 'goto' | 'help'>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const [noticesOpen, setNoticesOpen] = useState(true);
  const [location, setLocation] = useState({ pathname: path, search: '' });
  const root = useRef<HTMLDivElement>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const post = useDeckSync(deck, () => stateRef.current, (s) => setState(s));

  /** A deliberate change in this window: applied here and told to the other windows. */
  const change = useCallback(
    (fn: (s: SharedState) => SharedState) => {
      const next = fn(stateRef.current);
      if (sameState(next, stateRef.current)) return;
      stateRef.current = next;
      setState(next);
      post(next);
    },
    [post],
  );
  const goTo = useCallback((pos: Position) => change((s) => ({ ...s, ...clampPosition(deck, pos) })), [change, deck]);

  // After hydration: the mode and the position come from the URL.
  useEffect(() => {
    if (!initialMode) setMode(modeFromSearch(window.location.search));
    setLocation({ pathname: window.location.pathname, search: window.location.search });
    const fromHash = () => {
      const pos = parsePositionHash(deck, window.location.hash);
      if (pos.slide !== stateRef.current.slide || pos.fragment !== stateRef.current.fragment) goTo(pos);
    };
    if (window.location.hash) fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [deck, goTo, initialMode]);

  // The address keeps the position (bookmarkable); the page language follows the deck's.
  useEffect(() => {
    if (mode.view === 'print') return;
    const hash = formatPositionHash(state);
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, [state, mode.view]);
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${deck.title[state.lang]} · Percutanea`;
  }, [state.lang, deck]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  const openSpeaker = useCallback(() => {
    const p = new URLSearchParams(window.location.search);
    p.set('view', 'speaker');
    const q = p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
    const url = `${window.location.pathname}?${q}${formatPositionHash(stateRef.current)}`;
    const w = window.open(url, `percutanea-speaker`, 'popup,width=1280,height=800');
    setPopupBlocked(!w);
  }, []);

  const run = useCallback(
    (action: KeyAction) => {
      switch (action) {
        case 'next':
          return change((s) => ({ ...s, ...nextPosition(deck, s) }));
        case 'prev':
          return change((s) => ({ ...s, ...prevPosition(deck, s) }));
        case 'first':
          return goTo({ slide: 0, fragment: 0 });
        case 'last':
          return goTo(slidePosition(deck, deck.slides.length - 1));
        case 'blank':
          return change((s) => ({ ...s, blank: !s.blank }));
        case 'fullscreen':
          return toggleFullscreen();
        case 'overview':
          return setPanel((p) => (p === 'overview' ? null : 'overview'));
        case 'goto':
          return setPanel('goto');
        case 'help':
          return setPanel('help');
        case 'speaker':
          return mode.view === 'audience' ? openSpeaker() : undefined;
      }
    },
    [change, deck, goTo, mode.view, openSpeaker, toggleFullscreen],
  );

  useEffect(() => {
    if (mode.view === 'print') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || panel !== null || isTyping(e.target)) return;
      const action = keyAction(e);
      if (!action) return;
      // Space and Enter on a focused control activate it; they do not also move the deck.
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a[href], summary');
      if (e.key === ' ' && onControl) return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode.view, panel, run]);

  const t = getT(state.lang);
  const total = deck.slides.length;
  const slide = deck.slides[state.slide];

  if (mode.view === 'print') {
    return (
      <Handout deck={deck} lang={state.lang} layout={mode.layout} notes={mode.notes} search={location.search} pathname={location.pathname} notices={notices} />
    );
  }
  if (!slide) return <p>{t('present.emptyPlaylist')}</p>;

  const handoutHref = (() => {
    const p = new URLSearchParams(location.search);
    p.delete('view');
    p.set('print', '1');
    return `${location.pathname}?${p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`;
  })();
  const other = otherLocale(state.lang);

  const toolbar = (
    <nav className="deck__toolbar" aria-label={t('present.controls')} data-testid="deck-toolbar">
      <button type="button" onClick={() => run('prev')} aria-label={t('present.prev')} aria-keyshortcuts="ArrowLeft PageUp" data-testid="prev">
        <span aria-hidden="true">◀</span>
      </button>
      <button type="button" onClick={() => run('next')} aria-label={t('present.next')} aria-keyshortcuts="ArrowRight PageDown Space" data-testid="next">
        <span aria-hidden="true">▶</span>
      </button>
      <button type="button" onClick={() => run('overview')} aria-keyshortcuts="O">{t('present.overview')}</button>
      <button type="button" onClick={() => run('goto')} aria-keyshortcuts="G">{t('present.goto')}</button>
      <button type="button" onClick={() => run('blank')} aria-pressed={state.blank} aria-keyshortcuts="B">{t('present.blank')}</button>
      {mode.view === 'audience' && (
        <>
          <button type="button" onClick={toggleFullscreen} aria-keyshortcuts="F" data-testid="fullscreen">{t('present.fullscreen')}</button>
          <button type="button" onClick={openSpeaker} aria-keyshortcuts="S" data-testid="open-speaker">{t('present.speaker')}</button>
          <button type="button" onClick={() => change((s) => ({ ...s, lang: other }))} data-testid="audience-lang">
            <span lang={other}>{nativeNames[other]}</span>
            <span className="visually-hidden"> — {t('present.switchLang', { language: t(`present.langName.${other}`) })}</span>
          </button>
        </>
      )}
      <a href={handoutHref}>{t('present.handout')}</a>
      <button type="button" onClick={() => run('help')} aria-keyshortcuts="?">{t('present.help')}</button>
      <a href={exitHref}>{t('present.exit')}</a>
    </nav>
  );

  const panels = (
    <>
      {panel === 'overview' && (
        <Overview
          deck={deck}
          lang={state.lang}
          current={state.slide}
          onPick={(i) => {
            goTo(slidePosition(deck, i));
            setPanel(null);
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'goto' && (
        <GotoDialog
          lang={state.lang}
          total={total}
          onGo={(i) => {
            goTo(slidePosition(deck, i));
            setPanel(null);
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'help' && <HelpDialog lang={state.lang} onClose={() => setPanel(null)} />}
    </>
  );

  const announcement = t('present.announce', { current: state.slide + 1, total, title: slide.title[state.lang] });

  if (mode.view === 'speaker') {
    return (
      <div className="deck deck--speaker" ref={root} data-testid="deck" data-lang={state.lang} data-slide={state.slide} data-fragment={state.fragment}>
        <SpeakerView
          deck={deck}
          state={state}
          onLang={(l) => change((s) => ({ ...s, lang: l }))}
          onBlank={() => run('blank')}
          toolbar={toolbar}
        />
        <p className="visually-hidden" aria-live="polite">{announcement}</p>
        {panels}
      </div>
    );
  }

  return (
    <div className="deck" ref={root} data-testid="deck" data-lang={state.lang} data-slide={state.slide} data-fragment={state.fragment} lang={state.lang}>
      {notices.length > 0 && noticesOpen && (
        <div className="present-notices" role="status" data-testid="playlist-notices">
          <p><strong>{t('present.notices')}</strong></p>
          <ul>{notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
          <button type="button" onClick={() => setNoticesOpen(false)}>{t('present.dismiss')}</button>
        </div>
      )}
      {popupBlocked && (
        <p className="present-notices" role="alert">
          {t('present.popupBlocked')}{' '}
          <a href={`${location.pathname}?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), view: 'speaker' }).toString()}`} target="_blank" rel="noopener">
            {t('present.speaker')}
          </a>
        </p>
      )}
      <div className="deck__stage">
        <SlideView
          slide={slide}
          lang={state.lang}
          shown={state.fragment}
          label={t('present.slideNumber', { current: state.slide + 1, total })}
        />
        {state.blank && (
          <div className="deck__blank" data-testid="blank-screen" onClick={() => run('blank')}>
            <span className="visually-hidden">{t('present.blanked')}</span>
          </div>
        )}
        <p className="deck__number" data-testid="slide-number">
          <span className="visually-hidden">{t('present.slide')} </span>
          {state.slide + 1} / {total}
        </p>
      </div>
      {toolbar}
      <p className="visually-hidden" aria-live="polite" data-testid="slide-announcement">{announcement}</p>
      {panels}
    </div>
  );
}
