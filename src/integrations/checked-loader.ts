// Astro validates each collection entry against its schema, but reports a failure in its own words. These loaders
// run the same core schema first and fail with the project's one format, `file › field: message` — also in
// `astro dev`, where the content check (./content-check.ts) runs only at start and a file edited later is
// reloaded by the loader alone.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from '../core/zod';
import { formatContentErrors, zodErrors, type ContentError } from '../core/content/content-error';

/** The hint under every content error: where the rules live. */
export const contentErrorHint = 'Each line names the file and the field to fix. Field rules: the schemas in src/core/content.';

/** The error the build fails with when content is wrong. */
export const contentError = (errors: readonly ContentError[]) => new AstroError(formatContentErrors(errors), contentErrorHint);

/** The problems of one entry: `at(data)` places a list item inside its file ("[3]."), '' for a file of its own. */
export function entryErrors(schema: z.ZodType, data: unknown, file: string, at = ''): ContentError[] {
  const parsed = schema.safeParse(data);
  return parsed.success ? [] : zodErrors(file, parsed.error, at);
}

function checking(loader: Loader, schema: z.ZodType, at: (data: unknown) => string = () => ''): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const root = fileURLToPath(context.config.root);
          const file = props.filePath ? relative(root, props.filePath).split('\\').join('/') : `${context.collection} › ${props.id}`;
          const errors = entryErrors(schema, props.data, file, at(props.data));
          if (errors.length > 0) throw contentError(errors);
          return context.parseData(props);
        },
      }),
  };
}

/** One entry per YAML file of `base`, checked against `schema` (its core schema). */
export function yamlFiles(base: string, schema: z.ZodType): Loader {
  return checking(glob({ pattern: '*.yaml', base }), schema);
}

/** One entry per item of the YAML list in `path`, keyed by its id; a bad item is named by its index, "[3].year". */
export function yamlList(path: string, schema: z.ZodType): Loader {
  let items: unknown[] = [];
  const parser = (text: string) => {
    const data: unknown = parse(text) ?? [];
    items = Array.isArray(data) ? data : [];
    return data as Record<string, Record<string, unknown>>;
  };
  return checking(file(path, { parser }), schema, (data) => `[${items.indexOf(data)}].`);
}
