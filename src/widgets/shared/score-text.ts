import type { Locale } from '../../core/i18n/locales';
import type { SumScoreDefinition } from '../../core/scores/sum-score';
import type { ToolDescription } from '../../core/scores/tool';
import { getT } from './ui-strings';

/** Lines a calculator adds to its copied text: under the name, before the disclaimer, after it. */
export interface CopyExtras {
  before?: readonly string[];
  beforeDisclaimer?: readonly string[];
  after?: readonly string[];
}

/**
 * Plain-text summary of a sum score for pasting into notes, from the registry entry's description (codes)
 * and the definition's wording: one line per component, the total and band, the education-only disclaimer.
 */
export function sumScoreText(def: SumScoreDefinition, described: ToolDescription, locale: Locale, extra: CopyExtras = {}): string {
  const t = getT(locale);
  const lines = [def.name[locale], ...(extra.before ?? [])];
  for (const c of def.components) {
    const item = described.items.find((i) => i.field === c.id);
    const option = item && c.options.find((o) => o.id === item.value);
    lines.push(`- ${c.label[locale]}: ${option ? `${option.label[locale]} (${option.points})` : '—'}`);
  }
  const o = described.outcome;
  if (o.kind === 'total') {
    const band = def.bands.find((b) => b.code === o.band);
    lines.push(`${t('calc.total')}: ${o.total} — ${band?.label[locale] ?? o.band}`);
  } else if (o.kind === 'incomplete') {
    lines.push(`${t('calc.incomplete')}. ${t('calc.missing', { items: o.missing.map((id) => def.components.find((c) => c.id === id)?.label[locale] ?? id).join(', ') })}`);
  } else if (o.kind === 'invalid') {
    lines.push(o.invalid.map((i) => t('calc.invalid', { field: i.field, value: i.value })).join('; '));
  }
  lines.push(...(extra.beforeDisclaimer ?? []), t('site.disclaimer'), ...(extra.after ?? []));
  return lines.join('\n');
}
