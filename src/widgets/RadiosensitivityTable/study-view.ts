import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { RadiosensitivityResult, StudyRatingEntry } from '../../core/scores/radiosensitivity/classify-radiosensitivity';
import { studyRows, type StudyRating } from '../../core/scores/radiosensitivity/radiation-response-studies';
import type { RadiosensitivityTexts } from '../../core/scores/radiosensitivity/radiosensitivity-texts';

/**
 * Column labels for the study rows. The seed repeats Maranzano and Rades, so repeated authors get a
 * running number ("Rades (2)") to keep every column distinguishable.
 */
export function studyLabels(): Record<string, string> {
  const short = (author: string) => author.replace(/\s+et al\.?$/, '');
  const totals = new Map<string, number>();
  for (const r of studyRows) totals.set(r.author, (totals.get(r.author) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Record<string, string> = {};
  for (const r of studyRows) {
    const n = (seen.get(r.author) ?? 0) + 1;
    seen.set(r.author, n);
    out[r.id] = (totals.get(r.author) ?? 1) > 1 ? `${short(r.author)} (${n})` : short(r.author);
  }
  return out;
}

/** How many rows give each rating, in F, I, U order, leaving out rows with no rating. */
export function ratingCounts(studies: readonly StudyRatingEntry[]): [StudyRating, number][] {
  const order: StudyRating[] = ['F', 'I', 'U'];
  return order
    .map((r) => [r, studies.filter((s) => s.rating === r).length] as [StudyRating, number])
    .filter(([, n]) => n > 0);
}

/** The single most frequent rating, or undefined when two ratings tie for first place. */
export function mostFrequent(studies: readonly StudyRatingEntry[]): StudyRating | undefined {
  const counts = ratingCounts(studies).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}

/** Plain-text summary for pasting into notes; `texts` is the tool's wording in `lang`, as its wrapper passes it. */
export function radiosensitivityText(result: RadiosensitivityResult, lang: Locale, texts: RadiosensitivityTexts): string {
  const t = getT(lang);
  const lines = [texts.name];
  if (result.kind === 'incomplete') {
    lines.push(`${t('calc.incomplete')}. ${t('calc.missing', { items: t('radiosensitivity.histology') })}`);
  } else if (result.kind === 'invalid') {
    lines.push(t('calc.invalid', { field: t('radiosensitivity.histology'), value: result.invalid[0].value }));
  } else {
    const labels = studyLabels();
    lines.push(`- ${t('radiosensitivity.histology')}: ${texts.histologies[result.histology.id]}`);
    lines.push(`${t('radiosensitivity.category')}: ${texts.categories[result.noms]}`);
    if (result.reported) {
      for (const s of result.studies) lines.push(`- ${labels[s.study] ?? s.author}: ${s.rating ? texts.ratings[s.rating] : '—'}`);
      lines.push(agreementSentence(result.studies, result.disagreement, lang, texts));
      lines.push(texts.columnsCaveat);
    } else {
      lines.push(t('radiosensitivity.unreported'));
    }
  }
  lines.push(t('site.disclaimer'));
  return lines.join('\n');
}

export function agreementSentence(studies: readonly StudyRatingEntry[], disagreement: boolean, lang: Locale, texts: Pick<RadiosensitivityTexts, 'ratings'>): string {
  const t = getT(lang);
  const counts = ratingCounts(studies);
  if (!disagreement && counts[0]) {
    return t('radiosensitivity.agree', { rating: texts.ratings[counts[0][0]].toLowerCase(), count: counts[0][1] });
  }
  const items = counts.map(([r, n]) => t('radiosensitivity.countItem', { rating: texts.ratings[r].toLowerCase(), count: n }));
  return t('radiosensitivity.disagree', { counts: items.join(', ') });
}
