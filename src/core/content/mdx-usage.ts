/** What a lesson body uses from the shared vocabulary, read from the MDX source (no MDX compiler needed). */
export interface MdxUsage {
  cites: string[];
  terms: string[];
  figures: string[];
  sections: string[];
}

const attr = (tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*?\\b${name}=["']([^"']+)["']`, 'g');
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1] ?? '');

export function readMdxUsage(body: string): MdxUsage {
  // Code fences may show component syntax as an example; they are not usage.
  const text = body.replace(/```[\s\S]*?```/g, '');
  return {
    cites: all(attr('Cite', 'id'), text),
    terms: all(attr('Term', 'id'), text),
    figures: all(attr('Figure', 'name'), text),
    sections: all(/^##\s+(.+)$/gm, text).map((s) => s.trim()),
  };
}

/** Splits a Markdown/MDX source into its YAML frontmatter text and the body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { frontmatter: '', body: source };
  return { frontmatter: m[1] ?? '', body: source.slice(m[0].length) };
}
