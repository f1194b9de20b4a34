import type { Locale } from '../../core/i18n/locales';
import { bandFor, type SumScoreDefinition, type SumScoreInput, type SumScoreResult } from '../../core/scores/sum-score';
import { getT } from './ui-strings';

/**
 * Plain-text summary of a sum score for pasting into notes: one line per component, then the total and
 * band, then the education-only disclaimer. `extra` lines (e.g. the spinal level) come first.
 */
export function sumScoreText<C extends string, B extends string>(
  def: SumScoreDefinition<C, B>,
  input: SumScoreInput<C>,
  result: SumScoreResult<C, B>,
  locale: Locale,
  extra: string[] = [],
): string {
  const t = getT(locale);
  const lines = [def.name[locale], ...extra];
  for (const c of def.components) {
    const option = c.options.find((o) => o.id === input[c.id]);
    lines.push(`- ${c.label[locale]}: ${option ? `${option.label[locale]} (${option.points})` : '—'}`);
  }
  if (result.kind === 'result') {
    const band = bandFor(def.bands, result.total);
    lines.push(`${t('calc.total')}: ${result.total} — ${band.label[locale]}`);
  } else if (result.kind === 'incomplete') {
    const names = result.missing.map((m) => def.components.find((c) => c.id === m)?.label[locale] ?? m);
    lines.push(`${t('calc.incomplete')}. ${t('calc.missing', { items: names.join(', ') })}`);
  } else {
    lines.push(result.invalid.map((i) => t('calc.invalid', { field: i.component, value: i.value })).join('; '));
  }
  lines.push(t('site.disclaimer'));
  return lines.join('\n');
}
