import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import contentCheck from './content-check';
import { loadContentSources } from './load-content';
import { formatContentErrors, validateContent } from '../core/content/validate-content';

// The build's first step (astro:config:setup, before Astro loads the collections) runs this check over content/.
// Each test plants bad records in a copy of the real content and expects one `file › field: message` line for each;
// the unplanted content passes (real-content-prose.test.ts), so every line comes from a planted record.
const root = fileURLToPath(new URL('../../', import.meta.url));

function withPlanted(edits: Record<string, (text: string) => string>): { errors: string; buildError: string } {
  const dir = mkdtempSync(join(tmpdir(), 'percutanea-planted-'));
  try {
    // Lessons and tool pages are left out: they take most of a check's time and nothing here plants in them.
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !/content[\\/](lessons|tools)$/.test(src) });
    for (const [file, edit] of Object.entries(edits)) {
      const before = readFileSync(join(dir, file), 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`the planted edit changed nothing in ${file}`);
      writeFileSync(join(dir, file), after);
    }
    const errors = formatContentErrors(validateContent(loadContentSources(dir)));
    let buildError = '';
    const setup = contentCheck().hooks['astro:config:setup'] as unknown as (o: unknown) => void;
    try {
      setup({ config: { root: pathToFileURL(`${dir}/`) }, logger: { info: () => {} } });
    } catch (e) {
      buildError = (e as Error).message;
    }
    return { errors, buildError };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const expectLines = (got: { errors: string; buildError: string }, lines: string[]) => {
  for (const line of lines) {
    expect(got.errors).toContain(line);
    expect(got.buildError).toContain(line);
  }
};

describe('the build fails naming file › field on a planted bad record', { timeout: 30_000 }, () => {
  // A record that fails its schema is not cross-checked, so schema and cross-file failures are planted apart.
  it('a field against its schema: a case quiz key that is not an option, a reference year that is not a number', () => {
    const got = withPlanted({
      'content/cases/sins-t11.yaml': (t) => t.replace('    correct: b\n', '    correct: z\n'),
      'content/references.yaml': (t) => t.replace(/^(- id: \S+\n(?:  .*\n)*?)  year: \d{4}$/m, '$1  year: "soon"'),
    });
    expectLines(got, ['content/cases/sins-t11.yaml › quiz[1].correct: correct must be one of the options']);
    expect(got.buildError).toMatch(/^  content\/references\.yaml › \[0\]\.year: .+$/m);
  });

  it('a dangling id, a duplicate id, two cases at one place in the case order', () => {
    const got = withPlanted({
      'content/cases/sins-t11.yaml': (t) => t.replace('refs: [seed000-lecture, fisher2010,', 'refs: [seed000-lecture, nobody2099,').replace(/ref: fisher2010/g, 'ref: nobody2099'),
      'content/cases/cryo-l5.yaml': (t) => t.replace(/^order: \d+$/m, 'order: 3'),
      'content/questions/m04-scores.yaml': (t) => t.replace('source: { ref: fisher2010, case: sins-t11 }', 'source: { ref: nobody2099, case: ghost-case }'),
      'content/glossary.yaml': (t) => t.replace('- id: vertebroplasty\n', '- id: kyphoplasty\n'),
    });
    expectLines(got, [
      'content/cases/sins-t11.yaml › refs[1]: unknown reference "nobody2099"',
      'content/cases/sins-t11.yaml › order: order 3 is also the order of content/cases/cryo-l5.yaml: give each case its own place',
      'content/questions/m04-scores.yaml › [0].source.ref: unknown reference "nobody2099"',
      'content/questions/m04-scores.yaml › [0].source.case: unknown case "ghost-case" (no content/cases/ghost-case.yaml)',
      'content/glossary.yaml › id: duplicate glossary id "kyphoplasty"',
    ]);
  });
});
