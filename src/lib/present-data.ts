// Build-time assembly of the presentation decks: cases and references from the collections (src/lib/content.ts),
// lessons and tool titles from theirs, algorithms from the registry. Every deck is built in both languages at once.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CaseSchematic from '../components/CaseSchematic.astro';
import { figures as lessonFigureComponents } from '../components/figures/index';
import { algorithmMapMarkup } from '../components/figures/algorithm-map';
import type { CaseStudy } from '../core/content/case-schema';
import { algorithmIds, algorithms, type AlgorithmId } from '../core/algorithms/registry';
import { locales, type Locale, type Localized } from '../core/i18n/locales';
import { caseDeck, caseSchematicFigure } from '../core/present/case-deck';
import { lessonDeck, type LessonFigure } from '../core/present/lesson-deck';
import { deckWidgets } from '../core/present/widget-slides-data';
import { algorithmDeck, algorithmMapFigure } from '../core/present/algorithm-deck';
import { citationContext } from '../core/present/citation';
import type { Deck, DeckContext } from '../core/present/deck';
import type { PlaylistCatalog, PlaylistItem } from '../core/present/playlist';
import { loadCourse } from './content';
import { idsOf } from './course';
import { lessonsFor, lessonSlug } from './lessons';
import { toolId, toolPagesFor } from './tools';

/** Citations in decks come from the references collection. */
const deckContext = async (): Promise<DeckContext> => citationContext((await loadCourse()).references);

/** Every tool page's title per language and tool id, from the tools collection. */
async function toolTitles(): Promise<(lang: Locale, id: string) => string> {
  const titles = new Map<string, string>();
  for (const lang of locales) for (const p of await toolPagesFor(lang)) titles.set(`${lang}/${toolId(p)}`, p.data.title);
  return (lang, id) => titles.get(`${lang}/${id}`) ?? id;
}

// ---- Figures: the site's own drawings, rendered once per language at build time as SVG markup --------------

let containerOnce: ReturnType<typeof AstroContainer.create> | undefined;
const container = () =>
  (containerOnce ??= AstroContainer.create({
    // The figures read Astro.currentLocale, which comes from the request's path and the i18n manifest.
    manifest: { i18n: { defaultLocale: 'it', locales: [...locales], strategy: 'pathname-prefix-always', fallbackType: 'redirect', domainLookupTable: {} } } as never,
  }));

type AstroComponent = Parameters<Awaited<ReturnType<typeof AstroContainer.create>>['renderToString']>[0];

/** Renders an Astro component as the page of one language would (figures read Astro.currentLocale). */
async function renderIn(lang: Locale, component: AstroComponent, props: Record<string, unknown> = {}): Promise<string> {
  const c = await container();
  const html = await c.renderToString(component, { props, request: new Request(`https://percutanea.example/${lang}/present/`) });
  // Ids inside an SVG must stay unique when the same drawing is on several slides: the view prefixes them.
  return html.trim();
}

const decode = (s: string) =>
  s.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16))).replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
const tagText = (html: string, tag: string) => decode(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1] ?? '');

async function both(render: (lang: Locale) => Promise<string>): Promise<Localized> {
  const [it, en] = await Promise.all([render('it'), render('en')]);
  return { it, en };
}

export async function buildCaseDeck(c: CaseStudy): Promise<Deck> {
  const deck = caseDeck(c, await deckContext());
  return { ...deck, figures: { [caseSchematicFigure]: await both((lang) => renderIn(lang, CaseSchematic as AstroComponent, { case: c, lang })) } };
}

export async function buildAlgorithmDeck(id: AlgorithmId): Promise<Deck> {
  const deck = algorithmDeck(algorithms[id], await deckContext());
  return { ...deck, figures: { [algorithmMapFigure]: { it: algorithmMapMarkup(algorithms[id], 'it'), en: algorithmMapMarkup(algorithms[id], 'en') } } };
}

/** The figures a lesson shows (`<Figure name="…" />` in its MDX), in order, each drawn in both languages. */
async function lessonFigures(body: string | undefined): Promise<{ figures: LessonFigure[]; markup: Record<string, Localized> }> {
  const names = [...new Set([...(body ?? '').matchAll(/<Figure\s+name="([a-z0-9-]+)"/g)].map((m) => m[1] ?? ''))].filter((n) => n in lessonFigureComponents);
  const figures: LessonFigure[] = [];
  const markup: Record<string, Localized> = {};
  for (const name of names) {
    const svg = await both((lang) => renderIn(lang, lessonFigureComponents[name] as AstroComponent));
    markup[name] = svg;
    figures.push({
      name,
      title: { it: tagText(svg.it, 'title'), en: tagText(svg.en, 'title') },
      caption: { it: tagText(svg.it, 'figcaption'), en: tagText(svg.en, 'figcaption') },
    });
  }
  return { figures, markup };
}

type LessonDeckEntry = { deck: Deck; module: string; title: Record<Locale, string> };
let lessonDecksOnce: Promise<Map<string, LessonDeckEntry>> | undefined;

/** Lesson decks need both locales' frontmatter; keyed by slug, in module order. Built once per build. */
export function lessonDecks(): Promise<Map<string, LessonDeckEntry>> {
  lessonDecksOnce ??= buildLessonDecks();
  return lessonDecksOnce;
}

async function buildLessonDecks(): Promise<Map<string, LessonDeckEntry>> {
  const [it, en] = await Promise.all([lessonsFor('it'), lessonsFor('en')]);
  const [ctx, toolTitle] = await Promise.all([deckContext(), toolTitles()]);
  const enBySlug = new Map(en.map((l) => [lessonSlug(l), l]));
  const out = new Map<string, LessonDeckEntry>();
  for (const l of it) {
    const slug = lessonSlug(l);
    const other = enBySlug.get(slug);
    if (!other) continue;
    const { figures, markup } = await lessonFigures(l.body);
    const { widgets, strings } = deckWidgets(l.body, toolTitle);
    out.set(slug, {
      deck: { ...lessonDeck({ slug, it: { ...l.data, refs: idsOf(l.data.refs) }, en: { ...other.data, refs: idsOf(other.data.refs) }, figures, widgets }, ctx), figures: markup, ...(widgets.length ? { widgetStrings: strings } : {}) },
      module: l.data.module,
      title: { it: l.data.title, en: other.data.title },
    });
  }
  return out;
}

export async function playlistCatalog(): Promise<PlaylistCatalog> {
  return {
    case: (await loadCourse()).cases.map((c) => c.id),
    lesson: [...(await lessonDecks()).keys()],
    algorithm: [...algorithmIds],
  };
}

/** Every deck that can be presented, for the JSON files the playlist page fetches. */
export async function allDecks(): Promise<{ item: PlaylistItem; deck: Deck }[]> {
  const [lessons, { cases }] = await Promise.all([lessonDecks(), loadCourse()]);
  return [
    ...(await Promise.all(cases.map(async (c) => ({ item: { kind: 'case' as const, id: c.id }, deck: await buildCaseDeck(c) })))),
    ...[...lessons].map(([slug, l]) => ({ item: { kind: 'lesson' as const, id: slug }, deck: l.deck })),
    ...(await Promise.all(algorithmIds.map(async (id) => ({ item: { kind: 'algorithm' as const, id }, deck: await buildAlgorithmDeck(id) })))),
  ];
}
