import type { z } from '../zod';

/**
 * The one way a content problem is reported, at build and in tests: `file › field: message`, e.g.
 * `content/cases/sins-t11.yaml › quiz[1].correct: correct must be one of the options`.
 */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

/** A zod issue path as an author reads it: `quiz[1].correct`, `[3].options[1].text.en`, `(root)` for the whole file. */
export const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(root)';

/** Every issue of a failed parse of one file (`prefix` places them inside the file, e.g. `frontmatter.`). */
export function zodErrors(file: string, error: z.ZodError, prefix = ''): ContentError[] {
  return error.issues.map((issue) => ({ file, field: prefix + fieldPath(issue.path), message: issue.message }));
}

export const formatContentError = (e: ContentError) => `${e.file} › ${e.field}: ${e.message}`;

export function formatContentErrors(errors: readonly ContentError[]): string {
  return [`Content check failed (${errors.length} problem${errors.length === 1 ? '' : 's'}):`, ...errors.map((e) => `  ${formatContentError(e)}`)].join('\n');
}
