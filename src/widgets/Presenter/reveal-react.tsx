import { useEffect, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode, type RefObject } from 'react';
import Reveal, { type RevealApi, type RevealConfig } from 'reveal.js';

/**
 * The Deck and Slide components of @revealjs/react 0.2 (MIT, Hakim El Hattab), kept to what the presenter
 * uses. Why not import them: the package is one module that inlines the Markdown parser `marked` for its
 * Markdown component, and no bundler can tree-shake it away — 12 kB gzip on every deck page, which is over
 * the deck budget. Own Markdown slides use reveal.js's own Markdown plugin instead, loaded only for a
 * lecture that holds them (own-markdown.ts). The lifecycle below follows the wrapper's: one reveal.js
 * instance per mount (React's double mount in development keeps it), events bound while ready, and a
 * `sync()` when the slide list changes.
 */

type Handler = (event: Event) => void;

interface DeckProps {
  config: RevealConfig;
  deckRef?: RefObject<RevealApi | null>;
  onReady?: (api: RevealApi) => void;
  onSlideChange?: Handler;
  onFragmentShown?: Handler;
  onFragmentHidden?: Handler;
  onPaused?: Handler;
  onResumed?: Handler;
  children: ReactNode;
}

/** The order of the top-level sections, each named by a number kept per element (as the wrapper does). */
function structure(slides: HTMLElement | null, ids: WeakMap<Element, number>, next: { current: number }): string {
  if (!slides) return '[]';
  return JSON.stringify(
    [...slides.children]
      .filter((e) => e.tagName === 'SECTION')
      .map((e) => {
        let id = ids.get(e);
        if (id === undefined) ids.set(e, (id = next.current++));
        return id;
      }),
  );
}

export function RevealDeck({ config, deckRef, onReady, onSlideChange, onFragmentShown, onFragmentHidden, onPaused, onResumed, children }: DeckProps) {
  const root = useRef<HTMLDivElement>(null);
  const slides = useRef<HTMLDivElement>(null);
  const instance = useRef<RevealApi | null>(null);
  const [api, setApi] = useState<RevealApi | null>(null);
  const mounted = useRef(false);
  const generation = useRef(0);
  const ids = useRef(new WeakMap<Element, number>());
  const nextId = useRef(1);
  const lastStructure = useRef<string | null>(null);
  const readyRef = useRef(onReady);
  readyRef.current = onReady;

  useEffect(() => {
    mounted.current = true;
    generation.current += 1;
    if (instance.current) {
      if (instance.current.isReady()) setApi(instance.current);
    } else if (root.current) {
      const deck = new Reveal(root.current, config);
      instance.current = deck;
      void deck.initialize().then(() => {
        if (mounted.current && instance.current === deck) {
          setApi(deck);
          readyRef.current?.(deck);
        }
      });
    }
    return () => {
      mounted.current = false;
      const deck = instance.current;
      if (!deck) return;
      const gen = ++generation.current;
      // A remount right after (React's development double mount) keeps the instance.
      void Promise.resolve().then(() => {
        if (mounted.current || generation.current !== gen || instance.current !== deck) return;
        try {
          deck.destroy();
        } catch {
          /* already gone */
        }
        instance.current = null;
      });
    };
    // One instance for the component's life: the config is fixed.
  }, []);

  useEffect(() => {
    if (deckRef) deckRef.current = api;
    return () => {
      if (deckRef) deckRef.current = null;
    };
  }, [api, deckRef]);

  useEffect(() => {
    if (!api) return;
    const all: [string, Handler | undefined][] = [
      ['slidechanged', onSlideChange],
      ['fragmentshown', onFragmentShown],
      ['fragmenthidden', onFragmentHidden],
      ['paused', onPaused],
      ['resumed', onResumed],
    ];
    const bound = all.filter((b): b is [string, Handler] => b[1] !== undefined);
    for (const [name, fn] of bound) api.on(name, fn as EventListener);
    return () => {
      for (const [name, fn] of bound) api.off(name, fn as EventListener);
    };
  }, [api, onSlideChange, onFragmentShown, onFragmentHidden, onPaused, onResumed]);

  // Slides added, removed or reordered: reveal.js re-reads the deck.
  useLayoutEffect(() => {
    const now = structure(slides.current, ids.current, nextId);
    if (instance.current?.isReady() && lastStructure.current !== now) instance.current.sync();
    lastStructure.current = now;
  });

  return (
    <div className="reveal" ref={root}>
      <div className="slides" ref={slides}>
        {children}
      </div>
    </div>
  );
}

/** One slide: a `<section>` with its attributes (ids, data-*, lang) as given. */
export function RevealSlide(props: ComponentProps<'section'> & Record<`data-${string}`, string | number | undefined>) {
  return <section {...props} />;
}
