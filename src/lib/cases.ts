// Build-time access to the documented cases (content/cases/*.yaml). The content-check integration
// validates them too; this loader re-checks so a page never renders from an unvalidated file, and
// says which file and field is wrong when one is.
import { parse } from 'yaml';
import { caseSchema, type CaseStudy } from '../core/content/case-schema';

const sources = import.meta.glob<string>('../../content/cases/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Display order: the case table of the curriculum; a case not listed there goes last, by id. */
export const caseOrder = [
  'myeloma-c1-c3', 'myeloma-c2', 'sins-t11', 'hemangiopericytoma-l5', 'urothelial-l2', 'cryo-l5',
  'plasmocytoma-t9', 'myeloma-t9-l2', 'ewing-hip', 'hifu-breast', 'rcc-t10-iort', 'embolization-case-2',
  'myeloma-th2-embolization', 'rcc-th12-vp', 'oo-femur-rfa', 'ljubljana-series',
] as const;

/** Parses and validates one case file; throws an error naming the file and each bad field. */
export function parseCaseFile(file: string, text: string): CaseStudy {
  const name = `content/cases/${file.replace(/^.*\//, '')}`;
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new Error(`${name}: not valid YAML (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${name} › ${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
    throw new Error(`Invalid case file ${name}:\n${lines.join('\n')}`);
  }
  const stem = name.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (parsed.data.id !== stem) throw new Error(`Invalid case file ${name}:\n  ${name} › id: "${parsed.data.id}" must match the file name "${stem}"`);
  return parsed.data;
}

const rank = (id: string) => {
  const i = (caseOrder as readonly string[]).indexOf(id);
  return i < 0 ? caseOrder.length : i;
};

export function sortCases(list: readonly CaseStudy[]): CaseStudy[] {
  return [...list].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

export const cases: CaseStudy[] = sortCases(Object.entries(sources).map(([file, text]) => parseCaseFile(file, text)));

const byId = new Map(cases.map((c) => [c.id, c]));

export function getCase(id: string): CaseStudy {
  const c = byId.get(id);
  if (!c) throw new Error(`Unknown case "${id}" (no content/cases/${id}.yaml)`);
  return c;
}
