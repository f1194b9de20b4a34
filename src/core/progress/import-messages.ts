import { DATA_VERSION } from './events';

/** Why an import failed; the view shows the message, tests and logs use the code. */
export type ImportError =
  | { code: 'not-json' }
  | { code: 'not-an-object' }
  | { code: 'wrong-format'; found: string | null }
  | { code: 'bad-version' }
  | { code: 'newer-version'; version: number }
  | { code: 'no-events' };

/** The code of an import error's message (UI key `progress.importError.<code>`): a missing tag reads apart. */
export type ImportMessageCode = ImportError['code'] | 'no-format';

/**
 * What to say about a refused file, as a message code and its values: the sentences are UI strings
 * (`progress.importError.*` in core/i18n/ui), which the page passes its island in one language.
 */
export function importErrorMessage(error: ImportError): { code: ImportMessageCode; vars: Readonly<Record<string, string | number>> } {
  switch (error.code) {
    case 'wrong-format':
      return error.found === null ? { code: 'no-format', vars: {} } : { code: 'wrong-format', vars: { found: error.found } };
    case 'newer-version':
      return { code: 'newer-version', vars: { version: error.version, max: DATA_VERSION } };
    default:
      return { code: error.code, vars: {} };
  }
}
