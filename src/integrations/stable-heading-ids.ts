// Section anchors shared by both locales: the n-th `##` heading of a lesson gets the id made from the n-th `##`
// heading of its English twin, so `/it/lessons/x/#why` and `/en/lessons/x/#why` point at the same section and the
// language switch keeps the reader's place. Runs as a hast plugin of Astro's MDX processor (Sätteri).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lower-case ASCII slug: diacritics dropped, anything else becomes one hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The `##` headings of an MDX source in order (fenced code skipped), as unique slugs. */
export function sectionSlugs(source: string): string[] {
  const body = source.replace(/^---[\s\S]*?\n---/, '');
  const seen = new Map<string, number>();
  const slugs: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slugify((m[1] ?? '').replace(/<[^>]+>/g, '').replace(/[*_`]/g, '')) || 'section';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    slugs.push(n === 0 ? base : `${base}-${n}`);
  }
  return slugs;
}

/** module id (M1…M15) → section slugs of the English lesson. */
export function englishSectionIds(lessonsDir: string): Map<string, string[]> {
  const byModule = new Map<string, string[]>();
  const dir = join(lessonsDir, 'en');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const module = /^module:\s*["']?(M\d+)/m.exec(source)?.[1];
    if (module) byModule.set(module, sectionSlugs(source));
  }
  return byModule;
}

interface HastElement { tagName: string; properties?: Record<string, unknown> }
interface VisitContext { data: { astro?: { frontmatter?: Record<string, unknown> } }; setProperty(node: HastElement, name: string, value: string): void }

/** The Sätteri hast plugin: ids for `h2` from the English twin; other headings keep Astro's own ids. */
export function stableHeadingIds(lessonsDir: string) {
  const ids = englishSectionIds(lessonsDir);
  return () => {
    let index = 0;
    return {
      name: 'stable-heading-ids',
      element: {
        filter: ['h2'],
        visit(node: HastElement, ctx: VisitContext) {
          const module = ctx.data.astro?.frontmatter?.module;
          const id = typeof module === 'string' ? ids.get(module)?.[index] : undefined;
          index++;
          if (id) ctx.setProperty(node, 'id', id);
        },
      },
    };
  };
}
