// Build-time and test helper: which UI keys a source text mentions. A key counts as used when it appears as
// a string literal ('calc.total') or is the start of a template literal (`noms.dim.${d}` uses every noms.dim.* key).
export interface KeyMentions {
  literals: Set<string>;
  prefixes: Set<string>;
}

export const pluralSuffix = /_(?:zero|one|two|few|many|other)$/;

export function mentionedKeys(source: string, baseKeys: ReadonlySet<string>): KeyMentions {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const m of source.matchAll(/['"`]([A-Za-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) if (m[1] && baseKeys.has(m[1])) literals.add(m[1]);
  for (const m of source.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) if (m[1]) prefixes.add(m[1]);
  return { literals, prefixes };
}
