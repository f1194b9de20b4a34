import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentSources } from './load-content';
import { formatContentErrors, validateContent } from '../core/content/validate-content';

// The build runs exactly this pair (see content-check.ts): read content/ from disk, validate, fail with a message.
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'percutanea-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return formatContentErrors(validateContent(loadContentSources(root)));
}

const refs = "- { id: fisher2010, authors: 'Fisher CG', title: 'SINS', journal: 'Spine', year: 2010, seeds: ['000'] }\n";
const lesson = (extra = '') => `---\ntitle: T\nmodule: M4\ndescription: D\nobjectives: [o]\nkeyPoints: [k]\nrefs: [fisher2010]\nlastReviewed: "2026-11-22"\n${extra}---\n\n## A\n\n<Cite id="fisher2010" />\n`;

describe('content check on real files', () => {
  it('passes a consistent site', () => {
    const text = site({ 'content/references.yaml': refs, 'content/glossary.yaml': '[]', 'content/lessons/it/m04-scores.mdx': lesson(), 'content/lessons/en/m04-scores.mdx': lesson() });
    expect(text).toBe('Content check failed (0 problems):');
  });

  it('names the file and field of a missing twin, bad frontmatter and broken YAML', () => {
    const text = site({
      'content/references.yaml': refs,
      'content/glossary.yaml': '[]',
      'content/lessons/it/m04-scores.mdx': lesson('objectives: []\n').replace('objectives: [o]\n', ''),
      'content/lessons/it/m06-vertebroplasty.mdx': lesson().replace('M4', 'M6'),
      'content/lessons/en/m04-scores.mdx': lesson(),
      'content/questions/m04-scores.yaml': '- id: [unclosed',
    });
    expect(text).toContain('content/lessons/it/m04-scores.mdx › frontmatter.objectives');
    expect(text).toContain('content/lessons/it/m06-vertebroplasty.mdx › slug: no en translation: expected content/lessons/en/m06-vertebroplasty.mdx');
    expect(text).toContain('content/questions/m04-scores.yaml › (YAML syntax): ');
    expect(text).not.toContain('expected array, received object');
  });
});
