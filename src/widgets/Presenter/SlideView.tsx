import { Fragment, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Locale, Localized } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { Block, Slide } from '../../core/present/deck';
import { cropToStep, lightPath } from './light-path';
import { WidgetSlide } from './WidgetSlide';
import type { UiStrings } from '../shared/ui-strings';

/**
 * One slide's content, drawn the same way on the projector (inside reveal.js, which then owns the
 * fragments), in the speaker view and on a printed page (where `shown` says how many fragments are
 * visible). Every size is in container units of the slide, so a slide looks the same at any width.
 */

export type Figures = Readonly<Record<string, Localized>> | undefined;

/** How fragments are drawn: reveal.js steps them, or a fixed number is shown (previews, handouts). */
export type FragmentMode = { kind: 'reveal' } | { kind: 'static'; shown: number; hideAnswers?: boolean };

interface Options {
  lang: Locale;
  figures: Figures;
  /** Live on the projector (widgets run); a static copy elsewhere (widgets are named, with their page). */
  live: boolean;
  widgetStrings?: Readonly<Record<string, Partial<Record<Locale, UiStrings>>>>;
  /** Prefix for ids inside injected drawings, unique per slide on the page. */
  scope: string;
  decorative: boolean;
}

/** Slides whose fragments are answers: a handout without answers leaves them out. */
export const answerKinds: ReadonlySet<Slide['kind']> = new Set(['question', 'self-check', 'algorithm-question', 'score']);

/** The same drawing can be on several slides of a page: its ids (and the references to them) get a prefix. */
export function prefixIds(markup: string, prefix: string): string {
  return markup
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/\bhref="#([^"]+)"/g, (_, id: string) => `href="#${prefix}-${id}"`)
    .replace(/\baria-(labelledby|describedby)="([^"]+)"/g, (_, attr: string, ids: string) => `aria-${attr}="${ids.split(/\s+/).map((i) => `${prefix}-${i}`).join(' ')}"`);
}

function text(b: Extract<Block, { type: 'text' | 'point' }>, lang: Locale): ReactNode {
  return (
    <>
      {b.label && <strong className="b-label">{b.label[lang]}: </strong>}
      {b.text[lang]}
    </>
  );
}

function renderBlock(b: Block, o: Options): ReactNode {
  const { lang, decorative } = o;
  switch (b.type) {
    case 'text':
      return <p className={`b-text${b.style ? ` b-text--${b.style}` : ''}`}>{text(b, lang)}</p>;
    case 'heading':
      return <p className="b-heading">{b.text[lang]}</p>;
    case 'point':
      return text(b, lang);
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{item[lang]}</li>);
      return b.ordered ? <ol className="b-list">{items}</ol> : <ul className="b-list">{items}</ul>;
    }
    case 'options':
      return (
        <ul className="b-options">
          {b.items.map((opt) => (
            <li key={opt.key}>
              <span className="b-options__key" aria-hidden="true">{opt.key}</span>
              <span className="b-options__text">
                <span className="visually-hidden">{opt.key}. </span>
                {opt.text[lang]}
                {opt.detail && <span className="b-options__detail">→ {opt.detail[lang]}</span>}
              </span>
            </li>
          ))}
        </ul>
      );
    case 'facts':
      return (
        <dl className="b-facts">
          {b.items.map((f, i) => (
            <div key={i}>
              <dt>{f.label[lang]}</dt>
              <dd>{f.value[lang]}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <table className="b-table">
          <thead>
            <tr>{b.head.map((h, i) => <th key={i} scope="col">{h[lang]}</th>)}</tr>
          </thead>
          <tbody>
            {b.rows.map((row, i) => (
              <tr key={i}>
                {row.map((c, j) => (j === 0 ? <th key={j} scope="row">{c[lang]}</th> : <td key={j}>{c[lang]}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'link':
      return (
        <p className="b-link">
          {decorative ? (
            <span className="b-link__text">{b.label[lang]}</span>
          ) : (
            // A new tab: the projector stays on the deck (the calculator is a normal page).
            <a href={b.href[lang]} target="_blank" rel="noopener" data-testid="slide-link">{b.label[lang]}</a>
          )}
        </p>
      );
    case 'notice':
      return (
        <p className="b-notice" role={decorative ? undefined : 'note'} data-testid={decorative ? undefined : 'slide-notice'}>
          {getT(lang)('site.disclaimer')}
        </p>
      );
    case 'refs':
      return (
        <ol className="b-refs">
          {b.items.map((r) => (
            <li key={r.id} data-ref={r.id}>{r.text[lang]}</li>
          ))}
        </ol>
      );
    case 'widget':
      return o.live ? (
        <WidgetSlide name={b.widget} lang={lang} strings={o.widgetStrings?.[b.widget]} label={b.label[lang]} />
      ) : (
        <p className="b-link">
          {decorative ? <span className="b-link__text">{b.label[lang]}</span> : <a href={b.href[lang]} target="_blank" rel="noopener">{b.label[lang]}</a>}
        </p>
      );
    case 'figure': {
      const markup = o.figures?.[b.figure]?.[lang];
      if (!markup) return null;
      const scope = `${o.scope}-${b.figure}`;
      return (
        <div
          className={`b-figure${b.side ? ' b-figure--side' : ''}`}
          data-fig-scope={scope}
          data-testid={decorative ? undefined : 'slide-figure'}
          data-figure-key={b.figure}
        >
          <div className="b-figure__art" dangerouslySetInnerHTML={{ __html: prefixIds(drawing(markup, b), scope) }} />
        </div>
      );
    }
  }
}

/**
 * An own slide, already HTML (own-markdown.ts made it with reveal.js's Markdown plugin and numbered its
 * fragments). Inside reveal.js (`shown` undefined) reveal.js steps the fragments; elsewhere the first
 * `shown` steps are visible, as on the projector at that step.
 */
export function OwnSlideHtml({ html, lang, shown }: { html: string; lang: Locale; shown?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (shown === undefined || !ref.current) return;
    for (const el of ref.current.querySelectorAll('.fragment')) {
      const visible = Number(el.getAttribute('data-fragment-index')) < shown;
      el.classList.toggle('visible', visible);
      if (visible) el.removeAttribute('aria-hidden');
      else el.setAttribute('aria-hidden', 'true');
    }
  }, [html, shown]);
  return <div ref={ref} className="slide slide--own" lang={lang} data-testid="own-slide" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A map with the path so far lit; beside the text, framed on the step's neighbourhood so it can be read. */
function drawing(markup: string, b: Extract<Block, { type: 'figure' }>): string {
  if (!b.lit) return markup;
  const lit = lightPath(markup, b.lit);
  return b.side ? cropToStep(lit, b.lit) : lit;
}

type Item = { block: Block; fragment: number | null };

/** Blocks then fragments, with consecutive points grouped into one list. */
function renderItems(items: Item[], mode: FragmentMode, o: Options): ReactNode[] {
  const out: ReactNode[] = [];
  const fragmentProps = (i: number | null) => {
    if (i === null) return {};
    if (mode.kind === 'reveal') return { className: 'fragment', 'data-fragment-index': i };
    const visible = i < mode.shown;
    return { className: `fragment${visible ? ' visible' : ''}`, 'data-fragment-index': i, 'aria-hidden': visible ? undefined : true };
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (!item) continue;
    if (item.block.type === 'point') {
      const group: Item[] = [];
      while (k < items.length && items[k]?.block.type === 'point') group.push(items[k++] as Item);
      k--;
      out.push(
        <ul className="b-points" key={`p${k}`}>
          {group.map((g, j) => {
            const fp = fragmentProps(g.fragment);
            return (
              <li key={j} {...fp} className={[fp.className, 'b-point'].filter(Boolean).join(' ')}>
                {renderBlock(g.block, o)}
              </li>
            );
          })}
        </ul>,
      );
      continue;
    }
    const rendered = renderBlock(item.block, o);
    out.push(item.fragment === null ? <Fragment key={k}>{rendered}</Fragment> : <div key={k} {...fragmentProps(item.fragment)}>{rendered}</div>);
  }
  return out;
}

interface ContentProps {
  slide: Slide;
  lang: Locale;
  figures: Figures;
  mode: FragmentMode;
  scope: string;
  /** h1 on the projector? No: one h1 per page is the deck's; slides are h2, thumbnails plain text. */
  headingLevel?: 2 | null;
  decorative?: boolean;
  /** The UI strings of the deck's widgets (deck.widgetStrings), for a widget slide on the projector. */
  widgetStrings?: Options['widgetStrings'];
}

/** The inside of a slide: title and body. */
export function SlideContent({ slide, lang, figures, mode, scope, headingLevel = 2, decorative = false, widgetStrings }: ContentProps) {
  if (slide.markdown !== undefined) return <OwnSlideHtml html={slide.html ?? ''} lang={lang} shown={mode.kind === 'static' ? mode.shown : undefined} />;
  const hide = mode.kind === 'static' && mode.hideAnswers && answerKinds.has(slide.kind);
  const items: Item[] = [
    ...slide.blocks.map((block) => ({ block, fragment: null })),
    ...(hide ? [] : slide.fragments.map((block, i) => ({ block, fragment: i }))),
  ];
  const hasSide = slide.blocks.some((b) => b.type === 'figure' && b.side && figures?.[b.figure]);
  const title = slide.title[lang];
  const o: Options = { lang, figures, scope, decorative, live: mode.kind === 'reveal', widgetStrings };
  return (
    <div className={`slide slide--${slide.kind}${hasSide ? ' slide--has-side' : ''}`} lang={lang}>
      {headingLevel === 2 ? <h2 className="slide__title">{title}</h2> : <p className="slide__title">{title}</p>}
      <div className="slide__body">{renderItems(items, mode, o)}</div>
    </div>
  );
}

interface ViewProps {
  slide: Slide;
  lang: Locale;
  figures: Figures;
  /** How many fragments are shown; Infinity shows them all. */
  shown: number;
  hideAnswers?: boolean;
  scope: string;
  label?: string;
  /** Previews are decorative copies: hidden from assistive technology, links inert. */
  decorative?: boolean;
  headingLevel?: 2 | null;
}

/** A slide outside reveal.js (speaker previews, handouts): a 16:9 frame whose width sets every size. */
export function SlideView({ slide, lang, figures, shown, hideAnswers, scope, label, decorative = false, headingLevel = null }: ViewProps) {
  return (
    <div className="slide-frame" aria-hidden={decorative ? true : undefined}>
      <section
        className="slide-frame__section"
        aria-label={decorative ? undefined : label}
        data-testid={decorative ? undefined : 'static-slide'}
        data-slide-id={slide.id}
        data-kind={slide.kind}
      >
        <SlideContent slide={slide} lang={lang} figures={figures} mode={{ kind: 'static', shown, hideAnswers }} scope={scope} headingLevel={headingLevel} decorative={decorative} />
      </section>
    </div>
  );
}

/** A site path in the notes (`/en/algorithms/a4-noms/`) becomes a link, opened beside the deck. */
function withLinks(line: string): ReactNode[] {
  return line.split(/(\/(?:it|en)\/[a-z0-9/-]+\/)/).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} target="_blank" rel="noopener">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** Speaker notes: paragraphs separated by blank lines, single line breaks kept. */
export function NotesText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>
          {p.split('\n').map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {withLinks(line)}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
