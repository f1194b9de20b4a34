import { useEffect, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStringsByLocale, type UiStrings } from '../shared/ui-strings';
import type { Deck } from '../../core/present/deck';
import { lectureDeck, type LecturePart, type LectureText } from '../../core/present/lecture';
import {
  builderHref,
  deckKey,
  lectureQueryString,
  parseLectureQuery,
  parsePlaylistQuery,
  serializePlaylist,
  type PlaylistCatalog,
  type PlaylistItem,
} from '../../core/present/playlist';
import Presenter from './Presenter';
import { playlistNoticeText } from '../shared/playlist-notices';
import '../shared/widget.css';
import './present.css';

interface Props {
  /** UI strings of both locales (the deck can switch language live), resolved by the page. */
  strings?: Partial<Record<Locale, UiStrings>>;
  lang: Locale;
  catalog: PlaylistCatalog;
  path: string;
  /** Where the decks' JSON lives (one file per deck, built with the site). */
  dataBase: string;
  /** The outline's and reference list's wording (core/present/present-text.ts), as data rather than code. */
  lectureText: LectureText;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; deck: Deck; items: PlaylistItem[]; notices: string[]; query: string }
  | { kind: 'empty'; notices: string[] };

function isDeck(x: unknown): x is Deck {
  return typeof x === 'object' && x !== null && Array.isArray((x as Deck).slides) && typeof (x as Deck).id === 'string';
}

/**
 * The lecture whose composition is in the URL (`?items=case:…,lesson:…`): reads it after hydration, fetches
 * each deck's JSON from this site, and presents them as one deck. Unknown items become visible notices.
 */
export default function PlaylistPresenter({ lang, catalog, path, dataBase, strings, lectureText }: Props) {
  provideStringsByLocale(strings);
  const t = getT(lang);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let urls = new Map<string, string>();
    const { items, notices } = parsePlaylistQuery(window.location.search, catalog);
    const { title, skip } = parseLectureQuery(window.location.search);
    const say = getT(lang);
    const texts = notices.map((n) => playlistNoticeText(n, say));
    if (items.length === 0) {
      setLoaded({ kind: 'empty', notices: texts });
      return;
    }
    const load = async (item: PlaylistItem): Promise<LecturePart | null> => {
      if (item.kind === 'own') {
        // The browser's store and the Markdown parser load only for a lecture with own slides.
        const [store, md] = await Promise.all([import('../shared/own-store'), import('./own-markdown')]);
        const own = await store.getSlide(item.id).catch(() => undefined);
        if (!own) return null;
        const more = await store.imageUrls([own]);
        urls = new Map([...urls, ...more]);
        const slide = md.ownSlideToSlide(own, (id) => urls.get(id));
        const { html, steps } = await md.renderOwnMarkdown(slide.markdown ?? '');
        return { kind: 'own', slide: { ...slide, html, steps } };
      }
      const d: unknown = await fetch(`${dataBase}${deckKey(item)}.json`)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null);
      if (!isDeck(d)) return null;
      const prefix = `${item.kind}:${item.id}/`;
      return { kind: 'deck', deck: d, skip: new Set([...skip].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))) };
    };
    void Promise.all(items.map(async (item) => ({ item, part: await load(item) }))).then((results) => {
      if (cancelled) return;
      const ok = results.filter((r): r is { item: PlaylistItem; part: LecturePart } => r.part !== null);
      const failed = results.filter((r) => r.part === null).map((r) => `${r.item.kind}:${r.item.id}`);
      if (failed.length) texts.push(say('present.loadError', { items: failed.join(', ') }));
      if (ok.length === 0) {
        setLoaded({ kind: 'empty', notices: texts });
        return;
      }
      const okItems = ok.map((r) => r.item);
      const lectureTitle = title ? { it: title, en: title } : { it: getT('it')('present.playlistTitle'), en: getT('en')('present.playlistTitle') };
      const id = `lecture:${serializePlaylist(okItems)}${lectureQueryString([], title, skip)}|${title}|${[...skip].join(',')}`;
      setLoaded({ kind: 'ready', items: okItems, notices: texts, deck: lectureDeck(id, lectureTitle, ok.map((r) => r.part), lectureText), query: lectureQueryString(okItems, title, skip) });
    });
    return () => {
      cancelled = true;
      for (const u of urls.values()) URL.revokeObjectURL(u);
    };
    // Not `t`: a new function each render would rerun the load and revoke the images' URLs it just made.
  }, [catalog, dataBase, lang, lectureText]);

  if (loaded.kind === 'ready') {
    return <Presenter deck={loaded.deck} lang={lang} path={path} exitHref={`/${lang}/present/${loaded.query}`} notices={loaded.notices} />;
  }
  return (
    <div className="playlist-status" data-testid="playlist-status">
      {/* The deck's title slide carries the notice; until a deck is there, the page does. */}
      <p className="edu-notice" role="note">{t('site.disclaimer')}</p>
      <h1>{t('present.playlistTitle')}</h1>
      {loaded.kind === 'loading' ? (
        <p role="status">{t('present.loading')}</p>
      ) : (
        <>
          {loaded.notices.length > 0 && (
            <div className="present-notices" role="status" data-testid="playlist-notices">
              <p><strong>{t('present.notices')}</strong></p>
              <ul>{loaded.notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
            </div>
          )}
          <p>{t('present.emptyPlaylist')}</p>
          <p><a href={builderHref(lang, [])}>{t('present.edit')}</a></p>
        </>
      )}
    </div>
  );
}
