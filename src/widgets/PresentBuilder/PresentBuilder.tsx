import { useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { OwnSlide } from '../../core/present/own-lecture';
import {
  deckHref,
  lectureQueryString,
  parseLectureQuery,
  parsePlaylistQuery,
  playlistKinds,
  type PlaylistCatalog,
  type PlaylistItem,
  type PlaylistKind,
} from '../../core/present/playlist';
import { exportLecture, importLecture, listSlides } from '../shared/own-store';
import { useUrlState } from '../shared/useUrlState';
import { OwnSlides } from './OwnSlides';
import { SkipSlides } from './SkipSlides';
import { playlistNoticeText } from '../shared/playlist-notices';
import '../shared/widget.css';
import './present-builder.css';

export interface BuilderEntry {
  id: string;
  title: string;
  /** Small print under the title (module, summary). */
  meta?: string;
}

export type BuilderCatalog = Readonly<Record<PlaylistKind, readonly BuilderEntry[]>>;

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  catalog: BuilderCatalog;
}

const sameItem = (a: PlaylistItem, b: PlaylistItem) => a.kind === b.kind && a.id === b.id;

/**
 * The lecture builder: tick cases, modules and algorithms, order them, and present them as one deck. The
 * choice lives in this page's URL and in the presentation link, so either can be bookmarked or shared.
 */
export default function PresentBuilder({ lang, catalog, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const uid = useId().replace(/:/g, '');
  const [items, setItems] = useState<PlaylistItem[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [announce, setAnnounce] = useState('');
  const [origin, setOrigin] = useState('');
  const [title, setTitle] = useState('');
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [own, setOwn] = useState<OwnSlide[]>([]);
  const [fileMessage, setFileMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reloadOwn = () => void listSlides().then(setOwn).catch(() => setOwn([]));
  useEffect(reloadOwn, []);
  const focusAfter = useRef<string | null>(null);
  const orderList = useRef<HTMLOListElement>(null);

  const ids: PlaylistCatalog = {
    case: catalog.case.map((e) => e.id),
    lesson: catalog.lesson.map((e) => e.id),
    algorithm: catalog.algorithm.map((e) => e.id),
  };
  const readQuery = (search: string) => {
    const parsed = parsePlaylistQuery(search, ids);
    const lecture = parseLectureQuery(search);
    setItems(parsed.items);
    setTitle(lecture.title);
    setSkip(lecture.skip);
    setNotices(parsed.notices.map((n) => playlistNoticeText(n, getT(lang))));
  };
  useUrlState(true, readQuery, lectureQueryString(items, title, skip));
  useEffect(() => setOrigin(window.location.origin), []);

  // After a move, keep focus on the same button of the moved item (or its sibling when it hit an end).
  useEffect(() => {
    const key = focusAfter.current;
    if (!key) return;
    focusAfter.current = null;
    const [itemKey, dir] = key.split('|');
    const row = orderList.current?.querySelector<HTMLElement>(`[data-item="${itemKey}"]`);
    const button = row?.querySelector<HTMLButtonElement>(`button[data-move="${dir}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
    button?.focus();
  }, [items]);

  const titleOf = (item: PlaylistItem) =>
    item.kind === 'own' ? (own.find((o) => o.id === item.id)?.title ?? item.id) : (catalog[item.kind].find((e) => e.id === item.id)?.title ?? item.id);
  const toggle = (item: PlaylistItem, on: boolean, name?: string) => {
    setItems((prev) => (on ? (prev.some((p) => sameItem(p, item)) ? prev : [...prev, item]) : prev.filter((p) => !sameItem(p, item))));
    setAnnounce(t(on ? 'present.builder.added' : 'present.builder.removed', { title: name ?? titleOf(item) }));
  };
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    const item = items[index];
    if (!item || target < 0 || target >= items.length) return;
    const next = [...items];
    next.splice(index, 1);
    next.splice(target, 0, item);
    focusAfter.current = `${item.kind}:${item.id}|${delta < 0 ? 'up' : 'down'}`;
    setItems(next);
    setAnnounce(t('present.builder.moved', { title: titleOf(item), position: target + 1, count: items.length }));
  };
  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    setItems(items.filter((_, i) => i !== index));
    setAnnounce(t('present.builder.removed', { title: titleOf(item) }));
    // Focus goes to the list heading, so it is not lost with the removed row.
    document.getElementById(`${uid}-order`)?.focus();
  };

  const legend: Record<PlaylistKind, string> = {
    case: t('present.builder.cases'),
    lesson: t('present.builder.lessons'),
    algorithm: t('present.builder.algorithms'),
  };
  const kindLabel: Record<PlaylistKind | 'own', string> = {
    case: t('present.kind.case'),
    lesson: t('present.kind.lesson'),
    algorithm: t('present.kind.algorithm'),
    own: t('present.kind.own'),
  };
  const query = lectureQueryString(items, title, skip);
  const href = `/${lang}/present/playlist/${query}`;
  const skipOf = (item: PlaylistItem) => {
    const prefix = `${item.kind}:${item.id}/`;
    return new Set([...skip].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
  };
  const setSkipped = (item: PlaylistItem, slideId: string, on: boolean) =>
    setSkip((prev) => {
      const next = new Set(prev);
      const key = `${item.kind}:${item.id}/${slideId}`;
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const download = async () => {
    const text = await exportLecture(title, items.map((i) => `${i.kind}:${i.id}`), [...skip]);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${(title || t('present.playlistTitle')).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'lecture'}.percutanea.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setFileMessage({ ok: true, text: t('present.file.exported') });
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const r = await importLecture(await file.text());
    if (!r.ok) {
      setFileMessage({ ok: false, text: `${t(`present.file.error.${r.error}`)}${r.detail ? ` (${r.detail})` : ''}` });
      return;
    }
    reloadOwn();
    const q = `?items=${r.lecture.items.join(',')}${r.lecture.title ? `&title=${encodeURIComponent(r.lecture.title)}` : ''}${r.lecture.skip.length ? `&skip=${r.lecture.skip.join(',')}` : ''}`;
    readQuery(q);
    setFileMessage({ ok: true, text: t('present.file.imported', { title: r.lecture.title || t('present.playlistTitle'), count: r.lecture.slides.length }) });
  };

  return (
    <div className="builder" data-testid="present-builder">
      {notices.length > 0 && (
        <div className="query-notices" role="status" data-testid="query-notices">
          <p><strong>{t('present.notices')}</strong></p>
          <ul>{notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
        </div>
      )}
      <div className="builder__layout">
        <div className="builder__choices">
          {playlistKinds.map((kind) => (
            <fieldset className="builder__group" key={kind} data-kind={kind}>
              <legend>{legend[kind]}</legend>
              <ul>
                {catalog[kind].map((e) => {
                  const item = { kind, id: e.id };
                  const inputId = `${uid}-${kind}-${e.id}`;
                  const checked = items.some((p) => sameItem(p, item));
                  return (
                    <li key={e.id} className={checked ? 'is-checked' : undefined}>
                      <input id={inputId} type="checkbox" checked={checked} onChange={(ev) => toggle(item, ev.target.checked)} data-item={`${kind}:${e.id}`} />
                      <label htmlFor={inputId}>
                        {e.title}
                        {e.meta && <span className="builder__meta">{e.meta}</span>}
                      </label>
                      <a className="builder__solo" href={deckHref(lang, item)} aria-label={t('present.builder.presentOne', { title: e.title })}>
                        {t('present.builder.presentOneShort')}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
          <OwnSlides
            lang={lang}
            slides={own}
            inLecture={(id) => items.some((p) => p.kind === 'own' && p.id === id)}
            onToggle={(slide, on) => toggle({ kind: 'own', id: slide.id }, on, slide.title)}
            onChanged={reloadOwn}
          />
        </div>
        <section className="builder__order" aria-labelledby={`${uid}-order`}>
          <p className="builder__lecture-title">
            <label htmlFor={`${uid}-lecture-title`}>{t('present.builder.lectureTitle')}</label>
            <input id={`${uid}-lecture-title`} type="text" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} data-testid="lecture-title" />
          </p>
          <h2 id={`${uid}-order`} tabIndex={-1}>
            {t('present.builder.order')} <span className="builder__count">({t('present.builder.count', { count: items.length })})</span>
          </h2>
          {items.length === 0 ? (
            <p className="builder__empty">{t('present.builder.empty')}</p>
          ) : (
            <ol ref={orderList} data-testid="playlist-order">
              {items.map((item, i) => {
                const title = titleOf(item);
                // (shadows the lecture title only inside this row)
                return (
                  <li key={`${item.kind}:${item.id}`} data-item={`${item.kind}:${item.id}`}>
                    <span className="builder__kind">{kindLabel[item.kind]}</span>
                    <span className="builder__title">{title}</span>
                    {item.kind !== 'own' && (
                      <span className="builder__skip-row">
                        <SkipSlides lang={lang} item={item} title={title} skipped={skipOf(item)} onSkip={(id, on) => setSkipped(item, id, on)} />
                      </span>
                    )}
                    <span className="builder__buttons">
                      <button type="button" data-move="up" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('present.builder.moveUp', { title })}>
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button type="button" data-move="down" onClick={() => move(i, 1)} disabled={i === items.length - 1} aria-label={t('present.builder.moveDown', { title })}>
                        <span aria-hidden="true">↓</span>
                      </button>
                      <button type="button" onClick={() => remove(i)} aria-label={t('present.builder.remove', { title })}>
                        <span aria-hidden="true">✕</span>
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
          <p className="visually-hidden" aria-live="polite" data-testid="builder-announcement">{announce}</p>
          <div className="builder__file">
            <button type="button" onClick={() => void download()} disabled={items.length === 0} data-testid="lecture-export">{t('present.file.export')}</button>
            <label className="button" htmlFor={`${uid}-import`}>{t('present.file.import')}</label>
            <input id={`${uid}-import`} className="visually-hidden" type="file" accept=".json,application/json" onChange={(e) => void upload(e.target.files?.[0])} data-testid="lecture-import" />
            {fileMessage && (
              <p role={fileMessage.ok ? 'status' : 'alert'} className={fileMessage.ok ? 'builder__meta' : 'present-error'} data-testid="lecture-file-message">{fileMessage.text}</p>
            )}
          </div>
          {items.length > 0 && (
            <div className="builder__actions">
              <a className="button primary" href={href} data-testid="start-playlist">{t('present.builder.start')}</a>
              <a className="button" href={`${href}&print=1`} data-testid="playlist-handout">{t('present.builder.handout')}</a>
              <a className="button" href={`${href}&print=1&answers=0`} data-testid="playlist-handout-questions">{t('present.builder.handoutQuestions')}</a>
              <p className="builder__link">
                <label htmlFor={`${uid}-link`}>{t('present.builder.link')}</label>
                <input id={`${uid}-link`} type="text" readOnly value={`${origin}${href}`} onFocus={(e) => e.currentTarget.select()} data-testid="playlist-link" />
              </p>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
