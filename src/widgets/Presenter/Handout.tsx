import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { Deck, Slide } from '../../core/present/deck';
import { answerKinds, NotesText, SlideContent, SlideView } from './SlideView';

export type HandoutLayout = 'single' | 'grid';

/** Slides per page in the compact layout (3 × 2 on a landscape page). */
export const gridSize = 6;

interface Props {
  deck: Deck;
  lang: Locale;
  layout: HandoutLayout;
  notes: boolean;
  /** false: a handout to give out before class, questions without their answers. */
  answers: boolean;
  /** The page's query string, to build the links between layouts. */
  search: string;
  pathname: string;
  notices?: readonly string[];
}

function hrefWith(pathname: string, search: string, patch: Record<string, string | null>): string {
  const p = new URLSearchParams(search);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) p.delete(k);
    else p.set(k, v);
  }
  // Keep the playlist readable: ':' and ',' need no escaping in a query.
  const q = p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return `${pathname}${q ? `?${q}` : ''}`;
}

/** A figure slide in the six-per-page handout: drawings would print below 9 pt, so the card names them. */
const gridSlide = (s: Slide, drawingNote: string): Slide =>
  s.blocks.some((b) => b.type === 'figure')
    ? { ...s, blocks: [...s.blocks.filter((b) => b.type !== 'figure'), ...(s.kind === 'figure' || s.kind === 'map' ? [{ type: 'text', style: 'small', text: { it: drawingNote, en: drawingNote } } as const] : [])] }
    : s;

/**
 * The printable handout: one slide per landscape page (optionally with its speaker notes), or six per page
 * as text cards set at 9–11 pt. With or without the answers. Every page carries the deck title, the slide
 * numbers and the education notice in its footer.
 */
export function Handout({ deck, lang, layout, notes, answers, search, pathname, notices = [] }: Props) {
  const t = getT(lang);
  const total = deck.slides.length;
  const notice = t('site.disclaimer');
  const footer = (from: number, to: number) => (
    <footer className="handout__footer">
      <span>{deck.title[lang]}</span>
      <span>{from === to ? `${from} / ${total}` : `${from}–${to} / ${total}`}</span>
      <span className="handout__notice">{notice}</span>
    </footer>
  );
  const pages: Slide[][] = [];
  const per = layout === 'grid' ? gridSize : 1;
  for (let i = 0; i < total; i += per) pages.push(deck.slides.slice(i, i + per));
  const drawingNote = t('present.printDrawing');

  return (
    <div
      className={`handout handout--${layout}${notes ? ' handout--notes' : ''}`}
      data-testid="handout"
      data-layout={layout}
      data-notes={notes}
      data-answers={answers}
      lang={lang}
    >
      <div className="handout__toolbar no-print">
        <h1>{deck.title[lang]}</h1>
        <p className="handout__lead">{t('present.printLead')}</p>
        <p className="b-notice" role="note" data-testid="handout-notice">{notice}</p>
        {notices.length > 0 && (
          <ul className="present-notices" role="status">{notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
        )}
        <nav className="handout__options" aria-label={t('present.printOptions')}>
          <button type="button" className="primary" onClick={() => window.print()} data-testid="print-button">
            {t('present.print')}
          </button>
          <a href={hrefWith(pathname, search, { print: '1' })} aria-current={layout === 'single' ? 'true' : undefined}>{t('present.printSingle')}</a>
          <a href={hrefWith(pathname, search, { print: 'grid', notes: null })} aria-current={layout === 'grid' ? 'true' : undefined}>{t('present.printGrid')}</a>
          {layout === 'single' && (
            <a href={hrefWith(pathname, search, { notes: notes ? null : '1' })}>{notes ? t('present.printNoNotes') : t('present.printNotes')}</a>
          )}
          <a href={hrefWith(pathname, search, { answers: answers ? '0' : null })} data-testid="handout-answers">
            {answers ? t('present.printNoAnswers') : t('present.printAnswers')}
          </a>
          <a href={hrefWith(pathname, search, { print: null, notes: null, answers: null })}>{t('present.back')}</a>
        </nav>
      </div>
      {pages.map((slides, p) => {
        const first = p * per + 1;
        return (
          <article className="handout__page" key={p} data-testid="handout-page" aria-label={t('present.slideNumber', { current: first, total })}>
            <div className="handout__slides">
              {slides.map((s, i) => (
                <div className="handout__slide" key={s.id} data-slide-id={s.id}>
                  {layout === 'grid' ? (
                    <div className="handout__card" aria-label={t('present.slideNumber', { current: first + i, total })}>
                      <span className="handout__card-number">{first + i}</span>
                      <SlideContent slide={gridSlide(s, drawingNote)} lang={lang} figures={deck.figures} mode={{ kind: 'static', shown: Infinity, hideAnswers: !answers }} scope={`h${first + i}`} />
                    </div>
                  ) : (
                    <SlideView
                      slide={s}
                      lang={lang}
                      figures={deck.figures}
                      shown={Infinity}
                      hideAnswers={!answers}
                      scope={`h${first + i}`}
                      headingLevel={2}
                      label={t('present.slideNumber', { current: first + i, total })}
                    />
                  )}
                  {notes && (answers || !answerKinds.has(s.kind)) && (
                    <div className="handout__notes" data-testid="handout-notes">
                      <p className="handout__notes-title">{t('present.notes')}</p>
                      <NotesText text={s.notes[lang]} />
                    </div>
                  )}
                </div>
              ))}
            </div>
            {footer(first, first + slides.length - 1)}
          </article>
        );
      })}
    </div>
  );
}
