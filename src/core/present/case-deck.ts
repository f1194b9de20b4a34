import type { Locale, Localized } from '../i18n/locales';
import type { CasePhase, CaseQuizQuestion, CaseScore, CaseStudy } from '../content/case-schema';
import { scoreRegistry, toolHref } from '../scores/registry';
import { scoreSummary } from '../scores/score-summary';
import type { RegistryEntry } from '../scores/registry';
import type { DescribedOutcome } from '../scores/tool';
import { shuffleOptions } from '../quiz/shuffle-options';
import { citeIn, joinLocalized, mapLocalized, refsBlock, type Block, type DeckContext, type Deck, type Slide } from './deck';
import { fitSlides } from './fit';
import { educationNotice } from './notice';
import { capitalize, formatNumber, labels, notePrompts, siteKindLabels, slideTitles, techniqueLabel } from './present-text';

/**
 * A documented case as a teaching deck: title, presentation, imaging, the questions to the room (answers
 * as fragments), the scores with a link to the prefilled calculator, decision, procedure, outcome,
 * teaching points and references. Questions sit where the case quiz puts them (`afterPhase`); those asked
 * after presentation or work-up come once the imaging has been shown.
 */

const per = (fn: (lang: Locale) => string): Localized => ({ it: fn('it'), en: fn('en') });
const paragraphs = (parts: readonly Localized[]): Localized => joinLocalized(parts, '\n\n');

function patientText(c: CaseStudy): Localized {
  const p = c.patient;
  if (p.cohort) {
    const k = p.cohort;
    return per((lang) => {
      const it = lang === 'it';
      const sexes = [
        k.female !== undefined ? `${k.female} ${it ? (k.female === 1 ? 'donna' : 'donne') : k.female === 1 ? 'woman' : 'women'}` : '',
        k.male !== undefined ? `${k.male} ${it ? (k.male === 1 ? 'uomo' : 'uomini') : k.male === 1 ? 'man' : 'men'}` : '',
      ].filter(Boolean);
      let s = it ? `Serie di ${k.patients} pazienti` : `Series of ${k.patients} patients`;
      if (sexes.length) s += ` (${sexes.join(', ')})`;
      if (k.meanAge !== undefined) s += it ? `, età media ${formatNumber(k.meanAge, lang)} anni` : `, mean age ${formatNumber(k.meanAge, lang)} years`;
      if (k.ageRange) s += it ? ` (intervallo ${k.ageRange.min}–${k.ageRange.max})` : ` (range ${k.ageRange.min}–${k.ageRange.max})`;
      return s;
    });
  }
  const sex = { F: { it: 'Donna', en: 'Female' }, M: { it: 'Uomo', en: 'Male' } } as const;
  if (p.sex !== 'unknown') {
    const s = sex[p.sex];
    return p.age !== undefined
      ? { it: `${s.it}, ${p.age} anni`, en: `${s.en}, ${p.age} years` }
      : { it: `${s.it}, età non riportata`, en: `${s.en}, age not reported` };
  }
  return p.age !== undefined
    ? { it: `${p.age} anni, sesso non riportato`, en: `${p.age} years, sex not reported` }
    : { it: 'Età e sesso non riportati', en: 'Age and sex not reported' };
}

function siteText(c: CaseStudy): Localized {
  const levels = c.site.levels?.join(', ');
  if (c.site.bone) return levels ? mapLocalized(c.site.bone, (b) => `${b} (${levels})`) : c.site.bone;
  const kind = siteKindLabels[c.site.kind];
  return levels ? mapLocalized(kind, (k) => `${k}: ${levels}`) : kind;
}

function techniquesText(c: CaseStudy): Localized {
  return mapLocalized(joinLocalized(c.techniques.map(techniqueLabel), ', '), capitalize);
}

function timelineNotes(c: CaseStudy, phase: CasePhase, prompt?: Localized): Localized {
  const steps = c.timeline.filter((s) => s.phase === phase);
  const lines: Localized[] = steps.length
    ? [notePrompts.fromTimeline, ...steps.map((s) => (s.when ? joinLocalized([s.when, s.text], ': ') : s.text))]
    : [notePrompts.noTimeline];
  return paragraphs(prompt ? [...lines, prompt] : lines);
}

/** The options in the order the room sees them: the quiz's own shuffle (shuffleOptions) with the question id as seed (the same order on
 * every screen, in both languages and in the handout), lettered A, B, C… by position. */
function displayedOptions(q: Exclude<CaseQuizQuestion, { type: 'numeric' }>): { id: string; key: string; text: Localized }[] {
  return shuffleOptions(q, `room:${q.id}`).options.map((o, i) => ({ id: o.id, key: String.fromCharCode(65 + i), text: o.text }));
}

function answerText(q: CaseQuizQuestion): { label: Localized; text: Localized } {
  if (q.type === 'numeric') {
    const unit = q.unit;
    return {
      label: labels.answer,
      text: per((lang) => {
        const n = formatNumber(q.correct, lang);
        const tol = q.tolerance > 0 ? ` ± ${formatNumber(q.tolerance, lang)}` : '';
        return `${n}${tol}${unit ? ` ${unit[lang]}` : ''}`;
      }),
    };
  }
  const ids = q.type === 'single' ? [q.correct] : q.correct;
  const chosen = displayedOptions(q).filter((o) => ids.includes(o.id));
  return {
    label: q.type === 'single' ? labels.answer : labels.answers,
    text: joinLocalized(chosen.map((o) => mapLocalized(o.text, (t) => `${o.key} — ${t}`)), '; '),
  };
}

function questionSlide(q: CaseQuizQuestion, number: number, count: number, ctx: DeckContext): Slide {
  const blocks: Block[] = [{ type: 'text', text: q.stem, style: 'lead' }];
  if (q.type === 'numeric') blocks.push({ type: 'text', text: q.unit ? joinLocalized([labels.numericAnswerHint, q.unit], ': ') : labels.numericAnswerHint, style: 'small' });
  else blocks.push({ type: 'options', items: displayedOptions(q).map((o) => ({ key: o.key, text: o.text })) });
  const answer = answerText(q);
  const source = citeIn(ctx, q.ref);
  return {
    id: `question-${q.id}`,
    kind: 'question',
    title: count > 1 ? mapLocalized(slideTitles.question, (t) => `${t} (${number}/${count})`) : slideTitles.question,
    blocks,
    fragments: [
      { type: 'text', label: answer.label, text: answer.text, style: 'answer' },
      { type: 'text', text: q.explanation },
    ],
    notes: paragraphs([
      notePrompts.question,
      joinLocalized([answer.label, answer.text], ': '),
      joinLocalized([labels.source, source], ': '),
    ]),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scores

/** A score's outcome in words for the deck (a tool may word its own, e.g. the pain response's fall in per cent). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function outcomeText(entry: RegistryEntry<any>, input: unknown, outcome: DescribedOutcome): Localized {
  if (entry.resultText) return entry.resultText(input as never);
  const w = entry.words;
  switch (outcome.kind) {
    case 'total':
      return per((l) => `${l === 'it' ? 'Totale' : 'Total'} ${outcome.total}: ${w.band(outcome.band, l)}`);
    case 'band':
      return per((l) => [w.band(outcome.band, l), ...outcome.flags.map((f) => w.flag(f, l))].join(' · '));
    case 'incomplete':
      return per((l) => `${l === 'it' ? 'Incompleto, mancano' : 'Incomplete, missing'}: ${outcome.missing.map((m) => w.field(m, l)).join(', ')}`);
    case 'not-applicable':
      return { it: 'Non valutabile', en: 'Not assessable' };
    case 'invalid':
      return { it: 'Dati non validi', en: 'Invalid data' };
  }
}

/** Any case score through its registry entry: the facts (a sum score's items with their points), the result, the query. */
function scoreContent(s: CaseScore): { facts: { label: Localized; value: Localized }[]; result: Localized; query: string } {
  const entry = scoreRegistry[s.score];
  const { facts, outcome, query } = scoreSummary(entry, s.input);
  return {
    facts: facts.map((f) => ({ label: f.label, value: f.points === undefined ? f.value : mapLocalized(f.value, (v) => `${v} (${f.points})`) })),
    result: outcomeText(entry, s.input, outcome),
    query,
  };
}

function scoreSlide(s: CaseScore, id: string): Slide {
  const content = scoreContent(s);
  const notes: Localized[] = [s.note];
  if (s.expertTotal !== undefined) notes.push(mapLocalized(labels.sourceTotal, (l, lang) => `${l}: ${formatNumber(s.expertTotal ?? 0, lang)}.`));
  notes.push(notePrompts.score);
  return {
    id,
    kind: 'score',
    title: scoreRegistry[s.score].name,
    blocks: [
      { type: 'table', head: [labels.item, labels.finding], rows: content.facts.map((f) => [f.label, f.value]) },
      { type: 'link', label: labels.openCalculator, href: per((lang) => toolHref(lang, s.score, content.query)) },
    ],
    fragments: [
      { type: 'text', label: labels.result, text: content.result, style: 'answer' },
    ],
    notes: paragraphs(notes),
  };
}

// ---------------------------------------------------------------------------------------------------------

/** The key of the case schematic in `deck.figures` (the build fills it in from CaseSchematic.astro). */
export const caseSchematicFigure = 'case-schematic';

export function caseDeck(c: CaseStudy, ctx: DeckContext = {}): Deck {
  const source = c.refs[0] ? citeIn(ctx, c.refs[0]) : undefined;
  const questions = (phases: readonly CasePhase[]) => c.quiz.filter((q) => phases.includes(q.afterPhase));
  const ordered = [
    ...questions(['presentation', 'work-up']),
    ...questions(['decision']),
    ...questions(['procedure']),
    ...questions(['follow-up']),
  ];
  const qSlide = (q: CaseQuizQuestion) => questionSlide(q, ordered.indexOf(q) + 1, ordered.length, ctx);
  const modules = c.modules.join(', ');

  const title: Slide = {
    id: 'title',
    kind: 'title',
    title: c.title,
    blocks: [
      {
        type: 'facts',
        items: [
          { label: labels.patient, value: patientText(c) },
          { label: labels.site, value: siteText(c) },
          { label: labels.histology, value: c.histology.label },
        ],
      },
      educationNotice(),
    ],
    fragments: [],
    notes: paragraphs([
      c.summary,
      joinLocalized([labels.techniques, techniquesText(c)], ': '),
      mapLocalized({ it: 'Moduli del corso', en: 'Course modules' }, (l) => `${l}: ${modules}.`),
      ...(source ? [joinLocalized([labels.source, source], ': ')] : []),
    ]),
  };

  const textSlide = (id: string, kind: Slide['kind'], t: Localized, body: Localized, notes: Localized, extra: Block[] = []): Slide => ({
    id,
    kind,
    title: t,
    blocks: [...extra.filter((b) => b.type === 'figure'), { type: 'text', text: body, style: 'lead' }, ...extra.filter((b) => b.type !== 'figure')],
    fragments: [],
    notes,
  });

  // The case's own schematic (level, lesion, approach), drawn beside the imaging and the procedure text.
  const schematic: Block = { type: 'figure', figure: caseSchematicFigure, side: true };

  const scoreIdsSeen = new Map<string, number>();
  const scoreSlides = (c.scores ?? []).map((s) => {
    const n = (scoreIdsSeen.get(s.score) ?? 0) + 1;
    scoreIdsSeen.set(s.score, n);
    return scoreSlide(s, n === 1 ? `score-${s.score}` : `score-${s.score}-${n}`);
  });

  const slides: Slide[] = [
    title,
    textSlide('presentation', 'presentation', slideTitles.presentation, c.presentation, timelineNotes(c, 'presentation', notePrompts.presentation)),
    textSlide('imaging', 'imaging', slideTitles.imaging, c.imaging, timelineNotes(c, 'work-up', notePrompts.imaging), [schematic]),
    ...questions(['presentation', 'work-up']).map(qSlide),
    ...scoreSlides,
    textSlide('decision', 'decision', slideTitles.decision, c.decision, timelineNotes(c, 'decision', notePrompts.decision)),
    ...questions(['decision']).map(qSlide),
    textSlide(
      'procedure',
      'procedure',
      slideTitles.procedure,
      c.procedure,
      timelineNotes(c, 'procedure'),
      [schematic, ...(c.approach ? [{ type: 'facts', items: [{ label: labels.approach, value: c.approach }] } as const] : [])],
    ),
    ...questions(['procedure']).map(qSlide),
    textSlide('outcome', 'outcome', slideTitles.outcome, c.outcome, timelineNotes(c, 'follow-up')),
    ...questions(['follow-up']).map(qSlide),
    {
      id: 'teaching-points',
      kind: 'teaching-points',
      title: slideTitles.teachingPoints,
      blocks: [],
      fragments: c.teachingPoints.map((p) => ({ type: 'point', text: p })),
      notes: mapLocalized(notePrompts.teaching, (t) => `${t}: ${modules}.`),
    },
    {
      id: 'references',
      kind: 'references',
      title: slideTitles.references,
      blocks: [refsBlock(c.refs, ctx)],
      fragments: [],
      notes: notePrompts.caseReferences,
    },
  ];
  return { id: `case-${c.id}`, title: c.title, slides: fitSlides(slides) };
}
