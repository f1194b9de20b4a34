import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { printedText } from './pdf-text';
import en from '../../src/core/i18n/ui/en.json' with { type: 'json' };
import it from '../../src/core/i18n/ui/it.json' with { type: 'json' };
import { sumScoreIn, type SumScoreDefinition } from '../../src/core/scores/sum-score';
import { sinsDefinition } from '../../src/core/scores/sins/sins-definition';
import { scoreSins } from '../../src/core/scores/sins/score-sins';
import { parseSinsQuery } from '../../src/core/scores/sins/sins-query';
import { tokuhashiDefinition } from '../../src/core/scores/tokuhashi/tokuhashi-definition';
import { scoreTokuhashi } from '../../src/core/scores/tokuhashi/score-tokuhashi';
import { parseTokuhashiQuery } from '../../src/core/scores/tokuhashi/tokuhashi-query';

// What a resident holds after printing a calculator, a walkthrough or a case: one A4 page, read back from the PDF,
// with the inputs or path, the result and what it means, the date, the link that reproduces it, the sources and
// the education notice.

const sinsQuery = 'level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral';
/** A Tokuhashi state per language (one with a group of sites by points, one at the top band). */
const tokuhashiQuery = {
  en: 'kps=10&extraspinal=3%2B&vertebral=3%2B&organs=unremovable&primary=lung&palsy=complete',
  it: 'kps=70&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none',
} as const;

/** Per language: a NOMS state with a recommendation (noms.spec.ts checks the same against the core). */
const noms = {
  en: {
    search: `?escc=0&radiosensitivity=sensitive&${sinsQuery}&surgeryFit=yes`,
    inputs: ['Grade 0', 'Radiosensitive to conventional radiotherapy', 'Can the patient tolerate surgery? Yes', 'SINS 12'],
    result: 'Recommendation: Stabilization or cement augmentation → cEBRT',
    means: 'In radiosensitive histologies conventional radiotherapy controls the tumour even when it compresses the cord',
  },
  it: {
    search: `?escc=1b&histology=renal&${sinsQuery}&surgeryFit=no`,
    inputs: ['Grado 1b', 'Istotipo Carcinoma renale', 'intervento chirurgico? No', 'SINS 12'],
    result: 'Raccomandazione: Cementoplastica → SRS',
    means: 'la cementoplastica percutanea è la via mininvasiva, seguita dalla radioterapia indicata',
  },
} as const;

/** The NOMS algorithm's path to separation surgery: each answer taken, then the recommendation. */
const walk = {
  path: 'high-grade.no-deficit.radioresistant.tolerates-surgery',
  en: {
    steps: ['High grade: ESCC 2 or 3', 'No: normal neurological examination', 'Radioresistant (e.g. renal cell carcinoma, melanoma, sarcoma)', 'Yes, can tolerate surgery'],
    recommendation: 'Separation surgery followed by SRS',
  },
  it: {
    steps: ['Alto grado: ESCC 2 o 3', 'No: esame neurologico normale', 'Radioresistente (es. carcinoma renale, melanoma, sarcoma)', 'Sì, può sostenere l’intervento'],
    recommendation: 'Chirurgia di separazione seguita da SRS',
  },
} as const;

/** The lecture course's short label in each language: the printed sources read in the page's language. */
const lectureCourse = { it: 'Corso italiano', en: 'Italian lecture course' } as const;

/** A UI string as the page shows it ({{name}} filled in); i18next itself does not load in the test runner. */
function getT(lang: 'it' | 'en') {
  const strings: Record<string, string> = lang === 'it' ? it : en;
  return (key: string, vars: Record<string, string | number> = {}) =>
    strings[key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
}

/** The one printed page of the current page, white space squashed: a PDF line may break a phrase or a link anywhere. */
async function onePrintedPage(page: Page): Promise<string> {
  const pages = await printedText(page);
  expect(pages, `${page.url()} prints on one page`).toHaveLength(1);
  return squash(pages[0]!);
}
const squash = (text: string) => text.replace(/\s+/g, '');

for (const lang of ['it', 'en'] as const) {
  const t = getT(lang);
  const other = lang === 'it' ? 'en' : 'it';

  /** What every printout carries: date as the page writes it, the link of this very state, sources, notice. */
  function expectFooter(printed: string, page: Page, source: string) {
    const today = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date());
    expect(printed).toContain(squash(`${t('print.printedOn')} ${today}`));
    expect(printed).toContain(squash(`${t('print.link')}: ${page.url()}`));
    expect(printed).toContain(squash(`${t('print.sources')}: ${source}`));
    expect(printed).toContain(squash(t('site.disclaimer')));
  }

  /** A sum score's printout: each item's name and chosen answer with its points, the total, the band, what it means. */
  function expectScore(printed: string, definition: SumScoreDefinition, input: Record<string, string | undefined>, result: { kind: string; total?: number; band?: string }) {
    const def = sumScoreIn(definition, lang);
    expect(result.kind).toBe('result');
    for (const c of def.components) {
      const chosen = c.options.find((o) => o.id === input[c.id]);
      if (!chosen) continue; // the SINS location follows from the level, printed above
      const points = t(chosen.points === 1 ? 'calc.points_one' : 'calc.points_other', { count: chosen.points });
      expect(printed, c.id).toContain(squash(c.label[lang]));
      expect(printed, c.id).toContain(squash(`${chosen.label[lang]} ${points}`));
    }
    const band = def.bands.find((b) => b.code === result.band)!;
    expect(printed).toContain(squash(`${t('calc.total')}: ${result.total} ${band.label[lang]}`));
    expect(printed).toContain(squash(`${t('calc.meaning')}: ${band.meaning[lang]}`));
  }

  test(`a calculator, a walkthrough and a case each print one page with what decides and how to find it again (${lang})`, async ({ page }) => {
    // SINS: the level and each item's chosen answer, the total, the band and what it means.
    await page.goto(`/${lang}/tools/sins/?${sinsQuery}`);
    await waitForHydration(page);
    // The island reads its state from the link after hydrating: print once the page shows it.
    await expect(page.getByTestId('score-total')).toHaveText('12');
    await expect(page.getByTestId('sins-level')).toContainText('T11');
    let printed = await onePrintedPage(page);
    expect(printed).toContain(squash(t('sins.levelChosen', { level: 'T11', location: sinsDefinition.components[0]!.options[0]!.label[lang] })));
    expectScore(printed, sinsDefinition, parseSinsQuery(sinsQuery).input, scoreSins(parseSinsQuery(sinsQuery).input));
    expectFooter(printed, page, 'Fisher 2010');
    expect(printed).toContain(squash(lectureCourse[lang]));
    expect(printed).not.toContain(squash(lectureCourse[other]));

    // Tokuhashi: a site grouped by points prints with its points too.
    await page.goto(`/${lang}/tools/tokuhashi/?${tokuhashiQuery[lang]}`);
    await waitForHydration(page);
    await expect(page.getByTestId('score-total')).not.toHaveText('—');
    printed = await onePrintedPage(page);
    expectScore(printed, tokuhashiDefinition, parseTokuhashiQuery(tokuhashiQuery[lang]).input, scoreTokuhashi(parseTokuhashiQuery(tokuhashiQuery[lang]).input));
    expectFooter(printed, page, 'Tokuhashi 2005');

    // NOMS: the answers, the recommendation and what it means.
    await page.goto(`/${lang}/tools/noms/${noms[lang].search}`);
    await waitForHydration(page);
    await expect(page.getByTestId('noms-steps')).toBeVisible();
    printed = await onePrintedPage(page);
    for (const input of noms[lang].inputs) expect(printed).toContain(squash(input));
    expect(printed).toContain(squash(noms[lang].result));
    expect(printed).toContain(squash(noms[lang].means));
    expectFooter(printed, page, 'Laufer 2013');

    // A walkthrough reached by its link: the answers taken, the recommendation.
    await page.goto(`/${lang}/algorithms/a4-noms/?path=${walk.path}`);
    await waitForHydration(page);
    await expect(page.getByTestId('algo-recommendation')).toBeVisible();
    printed = await onePrintedPage(page);
    // The path as numbered breadcrumbs and the recommendation under its eyebrow (both also label flowchart boxes).
    expect(printed).toContain(squash(walk[lang].steps.map((s, i) => `${i + 1} ${s}`).join(' › ')));
    expect(printed).toContain(squash(`${t('algo.recommendation').toLocaleUpperCase(lang)} ${walk[lang].recommendation}`));
    expectFooter(printed, page, 'Laufer 2013');
    expect(printed).not.toContain(squash(lectureCourse[other]));

    // A case: its score and band, the decision, how to reopen it.
    await page.goto(`/${lang}/cases/sins-t11/`);
    await waitForHydration(page);
    await expect(page.getByTestId('case-timeline')).toBeVisible();
    printed = await onePrintedPage(page);
    const band = sinsDefinition.bands.find((b) => b.code === 'indeterminate')!;
    expect(printed).toContain(squash(t('cases.scoreComputed', { total: 12, band: band.label[lang] })));
    expect(printed).toContain(squash(lang === 'it' ? 'Vertebroplastica di T11 con cemento ad alta viscosità' : 'Vertebroplasty of T11 with high-viscosity cement'));
    expectFooter(printed, page, lectureCourse[lang]);
  });

  test(`every case prints on one page with its title, link and the notice (${lang})`, async ({ page }) => {
    for (const file of readdirSync('content/cases')) {
      await page.goto(`/${lang}/cases/${file.replace(/\.yaml$/, '')}/`);
      const printed = await onePrintedPage(page);
      expect(printed).toContain(squash((await page.locator('h1').textContent())!));
      expect(printed).toContain(squash(`${t('print.link')}: ${page.url()}`));
      expect(printed).toContain(squash(t('site.disclaimer')));
    }
  });
}
