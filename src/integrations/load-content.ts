// Node side of the content check: reads content/ from disk and hands plain data to the pure validator. This is the
// checker's input only, read before Astro builds its collections (a check over collection entries could run only
// after every loader, and Astro merely logs a dangling reference()); the site reads content through astro:content.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { locales } from '../core/i18n/locales';
import { readMdxUsage, splitFrontmatter } from '../core/content/mdx-usage';
import type { ContentSources, DataFile, LessonSource } from '../core/content/validate-content';

function readYaml(root: string, file: string): DataFile {
  const path = join(root, file);
  if (!existsSync(path)) return { file, data: [] };
  try {
    return { file, data: parse(readFileSync(path, 'utf8')) ?? [] };
  } catch (e) {
    return { file, data: [], parseError: firstLine(e) };
  }
}

const firstLine = (e: unknown) => String((e as Error).message ?? e).split('\n')[0] ?? 'unreadable YAML';

export function loadContentSources(root: string): ContentSources {
  const lessons: LessonSource[] = [];
  for (const [collection, locale] of (['lessons', 'tools'] as const).flatMap((c) => locales.map((l) => [c, l] as const))) {
    const dir = join(root, 'content', collection, locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
      const path = join(dir, name);
      const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      let data: unknown = {};
      let parseError: string | undefined;
      try {
        data = parse(frontmatter) ?? {};
      } catch (e) {
        parseError = firstLine(e);
      }
      lessons.push({ collection, file: relative(root, path), locale, slug: name.replace(/\.mdx$/, ''), frontmatter: data, parseError, usage: readMdxUsage(body), body });
    }
  }
  const yamlFiles = (dir: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => readYaml(root, `${dir}/${n}`)) : [];
  return {
    lessons,
    references: readYaml(root, 'content/references.yaml'),
    glossary: readYaml(root, 'content/glossary.yaml'),
    cases: yamlFiles('content/cases'),
    questions: yamlFiles('content/questions'),
  };
}
