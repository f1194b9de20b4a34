import { Fragment, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Locale } from '../../core/i18n/locales';
import type { Block, Slide } from '../../core/present/deck';

/**
 * One slide, drawn inside a 16:9 frame whose width sets every size (container query units), so the same
 * slide looks the same on the projector, in the speaker view, in the overview and on a printed page.
 * Text that would overflow is shrunk step by step (down to about half) instead of being cut.
 */

interface Props {
  slide: Slide;
  lang: Locale;
  /** How many fragments are shown; Infinity shows them all (handout, next-slide preview). */
  shown: number;
  /** 1 on the audience view (the page heading), 2 in the handout, null for thumbnails. */
  headingLevel?: 1 | 2 | null;
  /** Accessible label of the slide region ("Slide 3 of 12"). */
  label?: string;
  /** Thumbnails and previews are decorative copies: hidden from assistive technology, links inert. */
  decorative?: boolean;
  className?: string;
}

type Item = { block: Block; fragment: number | null };

function text(b: Extract<Block, { type: 'text' | 'point' }>, lang: Locale): ReactNode {
  return (
    <>
      {b.label && <strong className="b-label">{b.label[lang]}: </strong>}
      {b.text[lang]}
    </>
  );
}

function renderBlock(b: Block, lang: Locale, decorative: boolean): ReactNode {
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
          {b.items.map((o) => (
            <li key={o.key}>
              <span className="b-options__key" aria-hidden="true">{o.key}</span>
              <span className="b-options__text">
                <span className="visually-hidden">{o.key}. </span>
                {o.text[lang]}
                {o.detail && <span className="b-options__detail">→ {o.detail[lang]}</span>}
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
    case 'link':
      return (
        <p className="b-link">
          {decorative ? (
            <span className="b-link__text">{b.label[lang]}</span>
          ) : (
            <a href={b.href[lang]} data-testid="slide-link">{b.label[lang]}</a>
          )}
        </p>
      );
    case 'notice':
      return (
        <p className="b-notice" role={decorative ? undefined : 'note'} data-testid={decorative ? undefined : 'slide-notice'}>
          {b.text[lang]}
        </p>
      );
    case 'refs':
      return (
        <ol className="b-refs">
          {b.items.map((r) => (
            <li key={r.id} data-ref={r.id}>{r.text}</li>
          ))}
        </ol>
      );
  }
}

/** Blocks then fragments, with consecutive points grouped into one list. */
function renderItems(items: Item[], shown: number, lang: Locale, decorative: boolean): ReactNode[] {
  const out: ReactNode[] = [];
  const fragmentProps = (i: number | null) =>
    i === null
      ? {}
      : { className: `fragment${i < shown ? ' fragment--visible' : ''}`, 'data-fragment': i, 'aria-hidden': i < shown ? undefined : true };
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
                {renderBlock(g.block, lang, decorative)}
              </li>
            );
          })}
        </ul>,
      );
      continue;
    }
    const rendered = renderBlock(item.block, lang, decorative);
    out.push(
      item.fragment === null ? (
        <Fragment key={k}>{rendered}</Fragment>
      ) : (
        <div key={k} {...fragmentProps(item.fragment)}>{rendered}</div>
      ),
    );
  }
  return out;
}

/** Shrinks the slide's type until its content fits the frame (no-op where there is no layout, as in tests). */
function useFitText(ref: RefObject<HTMLElement | null>, deps: unknown[]) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let fit = 1;
    el.style.setProperty('--fit', '1');
    // 14 steps of 5% reach ~0.49: past that, text would be unreadable anyway.
    for (let i = 0; i < 14 && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1; i++) {
      fit *= 0.95;
      el.style.setProperty('--fit', fit.toFixed(3));
    }
    el.dataset.fit = fit.toFixed(2);
  }, deps);
}

export function SlideView({ slide, lang, shown, headingLevel = 1, label, decorative = false, className }: Props) {
  const ref = useRef<HTMLElement>(null);
  useFitText(ref, [slide, lang]);
  const items: Item[] = [
    ...slide.blocks.map((block) => ({ block, fragment: null })),
    ...slide.fragments.map((block, i) => ({ block, fragment: i })),
  ];
  const title = slide.title[lang];
  const heading =
    headingLevel === 1 ? <h1 className="slide__title">{title}</h1> : headingLevel === 2 ? <h2 className="slide__title">{title}</h2> : <p className="slide__title">{title}</p>;
  return (
    <div className={`slide-frame${className ? ` ${className}` : ''}`} aria-hidden={decorative ? true : undefined}>
      <section
        ref={ref}
        className={`slide slide--${slide.kind}`}
        lang={lang}
        aria-roledescription={decorative ? undefined : lang === 'it' ? 'diapositiva' : 'slide'}
        aria-label={decorative ? undefined : label}
        data-testid={decorative ? undefined : 'slide'}
        data-slide-id={slide.id}
        data-kind={slide.kind}
        data-shown={Number.isFinite(shown) ? shown : slide.fragments.length}
      >
        <div className="slide__content">
          {heading}
          <div className="slide__body">{renderItems(items, shown, lang, decorative)}</div>
        </div>
      </section>
    </div>
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
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
