import { useCallback, useEffect, useRef, useState } from 'react';
import type { RevealApi } from 'reveal.js';
import { isLocale, otherLocale, type Locale, type Localized } from '../../core/i18n/locales';
import { getT, provideStringsByLocale, type UiStrings } from '../shared/ui-strings';
import { clampPosition, type Deck, type Position } from '../../core/present/deck';
import { typedJump } from '../../core/present/keys';
import { sameState, type SharedState } from '../../core/present/sync';
import { AudienceDeck } from './AudienceDeck';
import { Handout, type HandoutLayout } from './Handout';
import { SpeakerView } from './SpeakerView';
import { useDeckSync } from './useDeckSync';
import { fetchDeck } from './load-deck';
import '../shared/widget.css';
import './present.css';

export type PresenterMode = { view: 'audience' } | { view: 'speaker' } | { view: 'print'; layout: HandoutLayout; notes: boolean; answers: boolean };

/** Reads the mode from the query: `?view=speaker`, `?print=1` / `?print=grid` (+ `&notes=1`, `&answers=0`). */
export function modeFromSearch(search: string): PresenterMode {
  const p = new URLSearchParams(search);
  const print = p.get('print');
  if (print !== null && print !== '0') {
    const layout = print === 'grid' ? 'grid' : 'single';
    // Six per page has no room for notes at a legible size: notes come with one slide per page only.
    return { view: 'print', layout, notes: layout === 'single' && p.get('notes') === '1', answers: p.get('answers') !== '0' };
  }
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
  /** Visible notices (ignored playlist items…), shown in the speaker window, never to the room. */
  notices?: readonly string[];
  /** For tests and embedding; in the browser the mode comes from the URL after hydration. */
  initialMode?: PresenterMode;
}

const nativeNames: Record<Locale, string> = { it: 'Italiano', en: 'English' };
const langKey = (deckId: string, pageLang: Locale) => `percutanea-present-lang:${pageLang}:${deckId}`;
const schemeKey = 'percutanea-present-scheme';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

function queryWith(search: string, patch: Record<string, string | null>): string {
  const p = new URLSearchParams(search);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) p.delete(k);
    else p.set(k, v);
  }
  const q = p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return q ? `?${q}` : '';
}

/** A site deck's page passes where its JSON is (and a title to show meanwhile) instead of the deck. */
type PresenterProps = (Props & { dataUrl?: undefined }) | (Omit<Props, 'deck'> & { deck?: undefined; dataUrl: string; title: Localized });

export default function Presenter(props: PresenterProps) {
  provideStringsByLocale(props.strings);
  if (props.deck) return <DeckPresenter {...props} />;
  return <DeckFromData {...props} />;
}

/** The slides come from the deck's JSON, fetched once the page has hydrated (see load-deck.ts). */
function DeckFromData({ dataUrl, title, ...rest }: Omit<Props, 'deck'> & { dataUrl: string; title: Localized }) {
  const t = getT(rest.lang);
  const [deck, setDeck] = useState<Deck | null | 'loading'>('loading');
  useEffect(() => {
    let cancelled = false;
    void fetchDeck(dataUrl).then((d) => {
      if (!cancelled) setDeck(d);
    });
    return () => {
      cancelled = true;
    };
  }, [dataUrl]);
  if (deck !== 'loading' && deck !== null) return <DeckPresenter {...rest} deck={deck} />;
  return (
    <div className="playlist-status" data-testid="deck-status">
      <h1>{title[rest.lang]}</h1>
      {deck === 'loading' ? <p role="status">{t('present.loading')}</p> : <p role="alert">{t('present.loadError', { items: dataUrl })}</p>}
      <p><a href={rest.exitHref}>{t('present.exit')}</a></p>
    </div>
  );
}

function DeckPresenter({ deck, lang: pageLang, exitHref, path, notices = [], initialMode }: Props) {
  const [mode, setMode] = useState<PresenterMode>(initialMode ?? { view: 'audience' });
  const [state, setState] = useState<SharedState>({ slide: 0, fragment: 0, lang: pageLang, blank: false });
  const [popupBlocked, setPopupBlocked] = useState(false);
  const [dark, setDark] = useState(false);
  const [location, setLocation] = useState({ pathname: path, search: '' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const reveal = useRef<RevealApi | null>(null);

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

  // After hydration: the mode from the URL; the language this window last showed (a lone audience window
  // keeps a live switch across a reload); the colour scheme the lecturer chose.
  useEffect(() => {
    if (!initialMode) setMode(modeFromSearch(window.location.search));
    setLocation({ pathname: window.location.pathname, search: window.location.search });
    try {
      // Kept per page language: opening the other language's address starts in that language.
      const saved = window.sessionStorage.getItem(langKey(deck.id, pageLang));
      if (isLocale(saved) && saved !== stateRef.current.lang) change((s) => ({ ...s, lang: saved }));
      setDark(window.localStorage.getItem(schemeKey) === 'dark');
    } catch {
      /* storage blocked: defaults */
    }
  }, [change, deck.id, initialMode, pageLang]);

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${deck.title[state.lang]} · Percutanea`;
    try {
      window.sessionStorage.setItem(langKey(deck.id, pageLang), state.lang);
    } catch {
      /* not kept: fine */
    }
  }, [state.lang, deck, pageLang]);
  useEffect(() => {
    document.documentElement.dataset.scheme = dark ? 'dark' : 'light';
  }, [dark]);

  const openSpeaker = useCallback(() => {
    const url = `${window.location.pathname}${queryWith(window.location.search, { view: 'speaker' })}`;
    const w = window.open(url, 'percutanea-speaker', 'popup,width=1280,height=800');
    setPopupBlocked(!w);
  }, []);

  // PowerPoint habit in both windows: a slide number, then Enter.
  useEffect(() => {
    if (mode.view === 'print') return;
    let buffer = '';
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const r = typedJump(buffer, e.key);
      const hadBuffer = buffer !== '';
      buffer = r.buffer;
      if (r.slide !== undefined) {
        e.preventDefault();
        e.stopPropagation();
        goTo({ slide: r.slide - 1, fragment: 0 });
      } else if (e.key === 'Enter' && hadBuffer) e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [goTo, mode.view]);

  // S opens the speaker window from the audience one (reveal.js binds it only with its own notes plugin).
  const onReady = useCallback(
    (api: RevealApi) => {
      reveal.current = api;
      api.addKeyBinding({ keyCode: 83, key: 'S', description: getT(stateRef.current.lang)('present.keys.speaker') }, openSpeaker);
    },
    [openSpeaker],
  );

  const t = getT(state.lang);
  if (mode.view === 'print') {
    return <Handout deck={deck} lang={state.lang} layout={mode.layout} notes={mode.notes} answers={mode.answers} search={location.search} pathname={location.pathname} notices={notices} />;
  }
  if (deck.slides.length === 0) return <p>{t('present.emptyPlaylist')}</p>;

  if (mode.view === 'speaker') {
    return (
      <div className="deck deck--speaker" data-testid="deck" data-lang={state.lang} data-slide={state.slide} data-fragment={state.fragment}>
        <SpeakerView
          deck={deck}
          state={state}
          notices={notices}
          onStep={goTo}
          onLang={(l) => change((s) => ({ ...s, lang: l }))}
          onBlank={() => change((s) => ({ ...s, blank: !s.blank }))}
          exitHref={exitHref}
        />
      </div>
    );
  }

  const other = otherLocale(state.lang);
  return (
    <div className="deck" data-testid="deck" data-lang={state.lang} data-slide={state.slide} data-fragment={state.fragment} lang={state.lang}>
      <h1 className="visually-hidden">{deck.title[state.lang]}</h1>
      {popupBlocked && (
        <p className="present-notices" role="alert">
          {t('present.popupBlocked')}{' '}
          <a href={`${location.pathname}${queryWith(location.search, { view: 'speaker' })}`} target="_blank" rel="noopener">
            {t('present.speaker')}
          </a>
        </p>
      )}
      <AudienceDeck
        deck={deck}
        lang={state.lang}
        position={state}
        blank={state.blank}
        onPosition={(pos) => change((s) => ({ ...s, ...pos }))}
        onBlank={(b) => change((s) => ({ ...s, blank: b }))}
        onReady={onReady}
      />
      <nav className="deck__toolbar" aria-label={t('present.controls')} data-testid="deck-toolbar">
        <button type="button" onClick={openSpeaker} aria-keyshortcuts="S" data-testid="open-speaker">{t('present.speaker')}</button>
        <button type="button" onClick={() => change((s) => ({ ...s, lang: other }))} data-testid="audience-lang">
          <span lang={other}>{nativeNames[other]}</span>
          <span className="visually-hidden"> — {t('present.switchLang', { language: t(`present.langName.${other}`) })}</span>
        </button>
        <button
          type="button"
          aria-pressed={dark}
          onClick={() => {
            setDark(!dark);
            try {
              window.localStorage.setItem(schemeKey, dark ? 'light' : 'dark');
            } catch {
              /* not kept */
            }
          }}
          data-testid="scheme"
        >
          {t('present.darkSlides')}
        </button>
        <button type="button" onClick={() => reveal.current?.toggleOverview()} aria-keyshortcuts="O">{t('present.overview')}</button>
        <a href={`${location.pathname}${queryWith(location.search, { view: null, print: '1' })}`}>{t('present.handout')}</a>
        <a href={`${location.pathname}${queryWith(location.search, { view: null, 'print-pdf': '' })}`} data-testid="print-pdf">{t('present.slidesPdf')}</a>
        <a href={exitHref}>{t('present.exit')}</a>
      </nav>
    </div>
  );
}
