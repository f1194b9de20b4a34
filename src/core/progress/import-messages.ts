import type { Localized } from '../i18n/locales';
import { DATA_VERSION } from './events';

/** Why an import failed; the view shows the message, tests and logs use the code. */
export type ImportError =
  | { code: 'not-json' }
  | { code: 'not-an-object' }
  | { code: 'wrong-format'; found: string | null }
  | { code: 'bad-version' }
  | { code: 'newer-version'; version: number }
  | { code: 'no-events' };

export function importErrorMessage(error: ImportError): Localized {
  switch (error.code) {
    case 'not-json':
      return {
        it: 'Il file scelto non contiene JSON leggibile: non è un’esportazione dei progressi.',
        en: 'The chosen file is not readable JSON, so it is not a progress export.',
      };
    case 'not-an-object':
      return {
        it: 'Il file contiene JSON, ma non un’esportazione dei progressi (manca l’oggetto principale).',
        en: 'The file holds JSON, but not a progress export (the top-level object is missing).',
      };
    case 'wrong-format':
      return error.found === null
        ? {
            it: 'Nel file manca l’etichetta di formato «percutanea-progress»: non sembra un’esportazione di Percutanea.',
            en: 'The file has no “percutanea-progress” format tag, so it does not look like a Percutanea export.',
          }
        : {
            it: `Il file dichiara il formato «${error.found}», non «percutanea-progress»: non è un’esportazione dei progressi di Percutanea.`,
            en: `The file declares format “${error.found}”, not “percutanea-progress”, so it is not a Percutanea progress export.`,
          };
    case 'bad-version':
      return {
        it: 'Il file non riporta un numero di versione valido, quindi non è possibile leggerlo con sicurezza.',
        en: 'The file has no valid version number, so it cannot be read safely.',
      };
    case 'newer-version':
      return {
        it: `Il file è stato salvato con la versione ${error.version} del formato, più recente di quella che questa pagina gestisce (fino alla ${DATA_VERSION}). Ricarica il sito per aggiornarlo e riprova.`,
        en: `The file was saved in format version ${error.version}, newer than this page handles (up to ${DATA_VERSION}). Reload the site to update it and try again.`,
      };
    case 'no-events':
      return {
        it: 'Il file è un’esportazione di Percutanea, ma l’elenco degli eventi manca o non è una lista: non è stato importato nulla.',
        en: 'The file is a Percutanea export, but its list of events is missing or not a list, so nothing was imported.',
      };
  }
}
