import type { Localized } from '../i18n/locales';
import { totalRange, type SumScoreDefinition } from './sum-score';

/**
 * What makes a sum-score definition unusable, as `field: message` lines (empty when sound): repeated ids, an
 * option with points that are not a finite number, a text missing in a language, bands that overlap, leave
 * a gap or do not cover every total the components can add up to. A new score's test asserts `[]`.
 */
export function sumScoreProblems(def: SumScoreDefinition): string[] {
  const problems: string[] = [];
  const text = (where: string, t: Localized | undefined) => {
    if (!t || !t.it.trim() || !t.en.trim()) problems.push(`${where}: text missing in a language`);
  };
  text('name', def.name);
  if (def.refs.length === 0) problems.push('refs: no reference');
  const seen = new Set<string>();
  for (const c of def.components) {
    if (seen.has(c.id)) problems.push(`components.${c.id}: repeated id`);
    seen.add(c.id);
    text(`components.${c.id}.label`, c.label);
    text(`components.${c.id}.help`, c.help);
    if (c.options.length < 2) problems.push(`components.${c.id}: fewer than two options`);
    const ids = new Set<string>();
    for (const o of c.options) {
      if (ids.has(o.id)) problems.push(`components.${c.id}.${o.id}: repeated option id`);
      ids.add(o.id);
      if (!Number.isFinite(o.points)) problems.push(`components.${c.id}.${o.id}: points are not a number`);
      text(`components.${c.id}.${o.id}.label`, o.label);
    }
  }
  const { min, max } = totalRange(def);
  const bands = [...def.bands].sort((a, b) => a.min - b.min);
  let next = min;
  for (const b of bands) {
    text(`bands.${b.code}.label`, b.label);
    text(`bands.${b.code}.meaning`, b.meaning);
    if (b.min !== next) problems.push(`bands.${b.code}: starts at ${b.min}, expected ${next} (a gap or an overlap)`);
    if (b.max < b.min) problems.push(`bands.${b.code}: max ${b.max} below min ${b.min}`);
    next = b.max + 1;
  }
  if (next !== max + 1) problems.push(`bands: cover up to ${next - 1}, the score reaches ${max}`);
  return problems;
}
