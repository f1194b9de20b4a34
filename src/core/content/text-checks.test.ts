import { describe, expect, it } from 'vitest';
import {
  findItalianDecimalPoints,
  findJargon,
  findSpellingIssues,
  findStraightApostrophes,
  findVariants,
  htmlText,
  localizedStrings,
  mdxProse,
} from './text-checks';
import { validateContent, type ContentSources, type LessonSource } from './validate-content';
import { readMdxUsage } from './mdx-usage';

const matches = (fs: { match: string }[]) => fs.map((f) => f.match);

describe('working vocabulary', () => {
  it('finds internal source labels and meta-commentary', () => {
    expect(matches(findJargon('As the review (seed 004) says'))).toEqual(['seed']);
    expect(matches(findJargon('The slide reports 50° for 6 minutes'))).toEqual(['The slide']);
    expect(matches(findJargon('According to the lecture, RT comes first'))).toEqual(['the lecture']);
    expect(matches(findJargon('documento 000 del corso'))).toEqual(['documento 000 del corso']);
    expect(matches(findJargon('Unnamed lecturer. Lecture slides 2020'))).toContain('Unnamed');
    expect(matches(findJargon('La lezione (seed 000) riporta'))).toEqual(['seed', 'La lezione (']);
    expect(matches(findJargon('Le diapositive non dicono'))).toEqual(['Le diapositive']);
    expect(findJargon('Show the slides in Italian; mostra le diapositive in italiano')).toEqual([]);
    expect(matches(findJargon('The Frassica slide (Italian lecture course) lists', true))).toEqual(['slide']);
    expect(matches(findJargon('Some data from practice in the course sources:', true))).toEqual(['the course sources']);
    expect(matches(findJargon('Qualche dato riportato nelle fonti del corso:', true))).toEqual(['fonti del corso']);
    expect(findJargon('Some data reported in the sources cited here', true)).toEqual([]);
  });

  it('finds phrases that describe the layout of the source material instead of citing it', () => {
    expect(matches(findJargon('= 12. La lezione accanto al 12 scrive «Instabile», ma'))).toEqual(['lezione accanto al']);
    expect(matches(findJargon('The Italian lecture course puts \'unstable\' next to the 12, but'))).toEqual(['lecture course puts \'unstable\' next to']);
    expect(matches(findJargon('il corso scrive «instabile»; the lecture course writes 50°'))).toEqual(['corso scrive', 'lecture course writes']);
    // Naming what the cited source says, in a reader's words, stays allowed.
    expect(findJargon('Il corso italiano del 2020 classifica il 12 come «instabile»; the 2020 Italian lecture course calls a 12 unstable.')).toEqual([]);
  });

  it('accepts sources named as a reader cites them, and real seeds', () => {
    expect(findJargon('The Italian lecture course (2020) and the review by Salapura and Jeromel agree.')).toEqual([]);
    expect(findJargon('nella revisione di Salapura e Jeromel; la lezione del corso italiano')).toEqual([]);
    expect(findJargon('Iodine seed brachytherapy')).toEqual([]);
  });
});

describe('Italian decimal comma', () => {
  it('finds a decimal point in Italian prose', () => {
    expect(matches(findItalianDecimalPoints('il crioshock è raro (1–3.8%) e il 74.4% migliora'))).toEqual(['3.8', '74.4']);
  });

  it('ignores URLs, DOIs, versions and file names', () => {
    const text = 'doi:10.1007/s00330-011-2111-4, https://example.org/a1.2/ versione 6.0.2, figura fig-1.svg; 3,4% e 1.000 mm?';
    expect(matches(findItalianDecimalPoints(text))).toEqual(['1.000']);
  });
});

describe('typography, terminology and spelling', () => {
  it('finds straight apostrophes between letters', () => {
    expect(matches(findStraightApostrophes("dell'osso e l’ago, un po' più, l'85%"))).toEqual(["l'", "o'", "l'"]);
  });

  it('finds a non-preferred glossary variant as a whole word, case-insensitively', () => {
    const terms = [{ id: 'ice-ball', preferred: { it: 'ice ball' }, variants: { it: ['palla di ghiaccio', 'sfera di ghiaccio'] } }];
    expect(matches(findVariants('La Palla di ghiaccio supera il tumore', 'it', terms))).toEqual(['Palla di ghiaccio']);
    expect(findVariants('La palla di ghiaccio', 'en', terms)).toEqual([]);
    expect(findVariants('la ice ball', 'it', terms)).toEqual([]);
    expect(findVariants('vedi /it/lessons/palla-di-ghiaccio/ e https://x.org/palla di ghiaccio', 'it', terms)).toEqual([]);
  });

  it('finds -ise spellings of -ize words and leaves always-ise words alone', () => {
    expect(matches(findSpellingIssues('Recognise the stabilisation; randomised trial'))).toEqual(['Recognise', 'stabilisation', 'randomised']);
    expect(findSpellingIssues('advise, revise, exercise, otherwise, stabilize, embolization')).toEqual([]);
  });
});

describe('text extraction', () => {
  it('keeps the words of an MDX body and a note title, not code or attributes', () => {
    const prose = mdxProse('import X from "y";\n<Note kind="discrepancy" title="Fonti a confronto">Testo <Cite id="seed004-review" /></Note>\n```\n1.5\n```');
    expect(prose).toContain('Fonti a confronto');
    expect(prose).toContain('Testo');
    expect(prose).not.toContain('seed004');
    expect(prose).not.toContain('1.5');
  });

  it('reads the visible text of a built page', () => {
    expect(htmlText('<p data-ref="seed004-review">Dose <b>3,4</b>&nbsp;Gy<script>var a=1.5</script></p>').trim()).toBe('Dose 3,4 Gy');
  });

  it('lists every localized string of a YAML value with its path', () => {
    expect(localizedStrings({ title: { it: 'a', en: 'b' }, quiz: [{ stem: { it: 'c', en: 'd' } }] })).toEqual([
      { field: 'title.it', locale: 'it', text: 'a' },
      { field: 'title.en', locale: 'en', text: 'b' },
      { field: 'quiz[0].stem.it', locale: 'it', text: 'c' },
      { field: 'quiz[0].stem.en', locale: 'en', text: 'd' },
    ]);
  });
});

describe('content check: prose', () => {
  const fm = { title: 'T', module: 'M4', description: 'D', objectives: ['o'], keyPoints: ['k'], refs: ['fisher2010'], lastReviewed: '2026-11-22' };
  const lesson = (locale: 'it' | 'en', body: string, frontmatter: Record<string, unknown> = fm): LessonSource => ({
    collection: 'lessons', file: `content/lessons/${locale}/m04-scores.mdx`, locale, slug: 'm04-scores', frontmatter, usage: readMdxUsage(body), body,
  });
  const glossary = [
    { id: 'spinal-canal', it: { term: 'Canale vertebrale', definition: 'd' }, en: { term: 'Spinal canal', definition: 'd' }, variants: { it: ['canale midollare'] } },
  ];
  const sources = (lessons: LessonSource[], cases: ContentSources['cases'] = []): ContentSources => ({
    lessons,
    cases,
    references: { file: 'content/references.yaml', data: [{ id: 'fisher2010', authors: 'Fisher CG', title: 'SINS', journal: 'Spine', year: 2010, seeds: ['000'] }] },
    glossary: { file: 'content/glossary.yaml', data: glossary },
  });
  const good = '## A\nIl punteggio <Cite id="fisher2010" /> vale 3,4 punti nell’esempio.';

  it('passes clean prose in both locales', () => {
    expect(validateContent(sources([lesson('it', good), lesson('en', '## A\nThe score <Cite id="fisher2010" /> stabilizes.')]))).toEqual([]);
  });

  it('fails on planted jargon, decimal point, variant, apostrophe and spelling, naming file and field', () => {
    const it = lesson('it', "## A\nLa review (seed 004) <Cite id=\"fisher2010\" /> riporta 3.4 mm nel canale midollare dell'osso.");
    const en = lesson('en', '## A\n<Cite id="fisher2010" />', { ...fm, keyPoints: ['The slide says it stabilises.'] });
    const errors = validateContent(sources([it, en]));
    const at = errors.map((e) => `${e.file} › ${e.field}: ${e.message.split(/; |: …/)[0]}`);
    expect(at).toEqual([
      'content/lessons/it/m04-scores.mdx › line 2 of the body: working vocabulary "seed" (internal source label)',
      'content/lessons/it/m04-scores.mdx › line 2 of the body: decimal point in Italian "3.4"',
      'content/lessons/it/m04-scores.mdx › line 2 of the body: straight apostrophe after "l"',
      'content/lessons/it/m04-scores.mdx › line 2 of the body: "canale midollare" is a non-preferred variant of glossary term "spinal-canal"',
      'content/lessons/en/m04-scores.mdx › frontmatter.keyPoints[0]: working vocabulary "The slide" (refers to "the slide" instead of the source)',
      'content/lessons/en/m04-scores.mdx › frontmatter.keyPoints[0]: spelling "stabilises": the course uses -ize ("stabilizes")',
    ]);
  });

  it('checks every localized string of a case', () => {
    const errors = validateContent(sources([lesson('it', good), lesson('en', '## A\n<Cite id="fisher2010" />')], [
      { file: 'content/cases/x.yaml', data: { decision: { it: 'Secondo il seed 000, 2.5 cm', en: 'ok' } } },
    ]));
    expect(errors.filter((e) => e.field === 'decision.it').map((e) => (e.message.split(' (')[0] ?? '').split(';')[0])).toEqual([
      'working vocabulary "seed"',
      'decimal point in Italian "2.5"',
    ]);
  });
});
