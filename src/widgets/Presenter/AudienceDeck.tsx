import { useCallback, useEffect, useRef } from 'react';
import { RevealDeck, RevealSlide } from './reveal-react';
import type { RevealApi } from 'reveal.js';
import 'reveal.js/reveal.css';
import type { Locale } from '../../core/i18n/locales';
import type { Deck, Position } from '../../core/present/deck';
import { OwnSlideHtml, SlideContent } from './SlideView';
import { getT } from '../shared/ui-strings';

/**
 * The audience window: the deck presented by reveal.js 6 (its React glue ported from @revealjs/react, see
 * reveal-react.tsx). reveal.js owns the navigation and clicker keys, fragments, overview, touch swipe, zoom (Alt+click), slide numbers, the
 * per-slide URL, the pause (blank) screen, jump-to-slide (G) and `?print-pdf`. What it cannot do stays
 * ours around it: the language switch (the slides re-render in place, reveal.js keeps the step), the
 * speaker window kept in step over a BroadcastChannel. The lecturer's own Markdown slides arrive as HTML
 * made by reveal.js's Markdown plugin (own-markdown.ts), loaded only for a lecture that holds them.
 */

interface Props {
  deck: Deck;
  lang: Locale;
  /** The step the other windows agreed on; applied to reveal.js when it differs. */
  position: Position;
  blank: boolean;
  /** A move made in this window (keys, swipe, overview click). */
  onPosition: (pos: Position) => void;
  onBlank: (blank: boolean) => void;
  onReady: (api: RevealApi) => void;
}

/** A slide id as a DOM id: reveal.js writes it in the URL (`#/question-sins-band/1`). */
export const slideDomId = (id: string) => `s-${id.replace(/[^a-zA-Z0-9_-]+/g, '--')}`;

const config = {
  width: 1280,
  height: 720,
  margin: 0.03,
  center: false,
  hash: true,
  hashOneBasedIndex: true,
  fragmentInURL: true,
  respondToHashChanges: true,
  history: false,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  controls: true,
  controlsTutorial: false,
  progress: true,
  overview: true,
  touch: true,
  keyboard: true,
  jumpToSlide: true,
  help: true,
  pause: true,
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  pdfSeparateFragments: false,
  preloadIframes: false,
  // Phones keep the slide view (reveal's scroll view would show every answer at once).
  scrollActivationWidth: 0,
} as const;

/** reveal.js names its arrow buttons in English: they read in the deck's language. */
const controlLabels = { 'navigate-left': 'present.control.previous', 'navigate-right': 'present.control.next', 'navigate-up': 'present.control.up', 'navigate-down': 'present.control.down' } as const;
function labelControls(r: RevealApi, lang: Locale) {
  const t = getT(lang);
  for (const [cls, key] of Object.entries(controlLabels)) r.getRevealElement()?.querySelector(`.controls .${cls}`)?.setAttribute('aria-label', t(key));
}

export function AudienceDeck({ deck, lang, position, blank, onPosition, onBlank, onReady }: Props) {
  const api = useRef<RevealApi | null>(null);
  /** The last step reveal.js reported: its echo through the state must not pull reveal.js back. */
  const reported = useRef<Position | null>(null);
  /** Our reports not yet seen coming back through the state, oldest first: with quick key presses the state can
   *  still hold an older report when reveal.js has already moved on, and must not pull it back there. */
  const inFlight = useRef<Position[]>([]);
  const report = useCallback(() => {
    const r = api.current;
    if (!r) return;
    const { h, f } = r.getIndices();
    const pos = { slide: h, fragment: typeof f === 'number' && f >= 0 ? f + 1 : 0 };
    reported.current = pos;
    inFlight.current = [...inFlight.current.slice(-9), pos];
    onPosition(pos);
  }, [onPosition]);

  // A step from another window (or the speaker's keys) moves reveal.js, unless it is already there. A quick
  // second key press may already have moved reveal.js on: our own report coming back is ignored.
  useEffect(() => {
    const r = api.current;
    if (!r?.isReady()) return;
    const echo = inFlight.current.findIndex((p) => p.slide === position.slide && p.fragment === position.fragment);
    if (echo >= 0) {
      inFlight.current = inFlight.current.slice(echo + 1);
      return;
    }
    const own = reported.current;
    if (own && own.slide === position.slide && own.fragment === position.fragment) return;
    const { h, f } = r.getIndices();
    const shown = typeof f === 'number' && f >= 0 ? f + 1 : 0;
    if (h !== position.slide || shown !== position.fragment) r.slide(position.slide, 0, position.fragment - 1);
  }, [position]);
  useEffect(() => {
    const r = api.current;
    if (r?.isReady() && r.isPaused() !== blank) r.togglePause(blank);
  }, [blank]);
  useEffect(() => {
    if (api.current?.isReady()) labelControls(api.current, lang);
  }, [lang]);

  return (
    <div className="deck-viewport">
      <RevealDeck
        config={config}
        deckRef={api}
        onReady={(r) => {
          api.current = r;
          labelControls(r, lang);
          // Zoom is Alt+click: its plugin loads the first time the lecturer presses Alt (before the click lands),
          // so a deck that is never zoomed does not carry it (deck budget, issue 12).
          const loadZoom = (e: KeyboardEvent) => {
            if (e.key !== 'Alt') return;
            window.removeEventListener('keydown', loadZoom);
            void import('reveal.js/plugin/zoom').then((m) => r.registerPlugin(m.default()));
          };
          window.addEventListener('keydown', loadZoom);
          onReady(r);
          report();
        }}
        onSlideChange={report}
        onFragmentShown={report}
        onFragmentHidden={report}
        onPaused={() => onBlank(true)}
        onResumed={() => onBlank(false)}
      >
        {deck.slides.map((s, i) =>
          s.markdown !== undefined ? (
            <RevealSlide key={s.id} id={slideDomId(s.id)} className="slide-own-md" data-slide-id={s.id} data-kind={s.kind} data-testid="slide" lang={lang}>
              <OwnSlideHtml html={s.html ?? ''} lang={lang} />
              <aside className="notes">{s.notes[lang]}</aside>
            </RevealSlide>
          ) : (
            <RevealSlide key={s.id} id={slideDomId(s.id)} data-slide-id={s.id} data-kind={s.kind} data-testid="slide" lang={lang}>
              <SlideContent slide={s} lang={lang} figures={deck.figures} mode={{ kind: 'reveal' }} scope={`a${i}`} widgetStrings={deck.widgetStrings as never} />
              <aside className="notes">{s.notes[lang]}</aside>
            </RevealSlide>
          ),
        )}
      </RevealDeck>
    </div>
  );
}
