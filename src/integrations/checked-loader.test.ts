import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { LoaderContext } from 'astro/loaders';
import { yamlFiles, yamlList } from './checked-loader';
import { caseSchema } from '../core/content/case-schema';
import { referenceSchema } from '../core/content/schemas';

// The collections' own loaders (src/content.config.ts) fail as the content check does, `file › field: message`,
// when Astro loads a bad entry by itself (a file edited while `astro dev` runs).
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'percutanea-loader-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Runs a loader the way Astro does, with an in-memory store; returns the stored entries or the error's text. */
async function load(loader: ReturnType<typeof yamlList>): Promise<{ stored: string[]; error: string }> {
  const stored: string[] = [];
  const quiet = () => {};
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
    store: { keys: () => [], get: () => undefined, set: (e: { id: string }) => stored.push(e.id), delete: quiet, clear: quiet, addModuleImport: quiet, addAssetImports: quiet },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
    entryTypes: new Map([['.yaml', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: parse(contents), body: '' }) }]]),
  } as unknown as LoaderContext;
  try {
    await loader.load(context);
    return { stored, error: '' };
  } catch (e) {
    return { stored, error: (e as Error).message };
  }
}

const ref = (id: string, year: string) => `- { id: ${id}, authors: 'Fisher CG', title: 'SINS', journal: 'Spine', year: ${year}, seeds: ['000'] }\n`;

describe('checked collection loaders', () => {
  it('store every valid item of a YAML list under its id', async () => {
    site({ 'content/references.yaml': ref('fisher2010', '2010') + ref('laufer2013', '2013') });
    expect(await load(yamlList('content/references.yaml', referenceSchema))).toEqual({ stored: ['fisher2010', 'laufer2013'], error: '' });
  });

  it('name a bad list item by file, index and field', async () => {
    site({ 'content/references.yaml': ref('fisher2010', '2010') + ref('laufer2013', '"soon"') });
    const { error } = await load(yamlList('content/references.yaml', referenceSchema));
    expect(error).toMatch(/^Content check failed \(1 problem\):\n {2}content\/references\.yaml › \[1\]\.year: .+$/);
  });

  it('name a bad one-file entry by file and field', async () => {
    const t11 = readFileSync(new URL('../../content/cases/sins-t11.yaml', import.meta.url), 'utf8');
    site({ 'content/cases/sins-t11.yaml': t11.replace('    correct: b\n', '    correct: z\n') });
    const { error } = await load(yamlFiles('./content/cases', caseSchema));
    expect(error).toBe('Content check failed (1 problem):\n  content/cases/sins-t11.yaml › quiz[1].correct: correct must be one of the options');
  });
});
