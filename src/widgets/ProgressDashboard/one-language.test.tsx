// @vitest-environment jsdom
// The progress page's island ships codes only for a refused import file: the messages are UI strings
// (progress.importError.* in core/i18n/ui), which the page passes in its own language with the island's others.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProgressDashboard from './ProgressDashboard';
import { islandStrings } from '../../core/i18n/translate';
import it_ from '../../core/i18n/ui/it.json';
import en from '../../core/i18n/ui/en.json';
import { DATA_VERSION } from '../../core/progress/events';
import { resetProgressDbForTests } from '../shared/progressDb';
import { locales, otherLocale, type Locale } from '../../core/i18n/locales';

afterEach(async () => {
  cleanup();
  await resetProgressDbForTests();
});

const src = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
// Our modules of the island's chunk that deal with an import (the rest hold no message of a refused file).
const islandSources = ['./ProgressDashboard.tsx', '../../core/progress/import-messages.ts', '../../core/progress/import-file.ts',
  '../../core/progress/transfer.ts', '../../core/progress/report.ts'].map((p) => [p, src(p)] as const);

const dictionaries = { it: it_ as Record<string, string>, en: en as Record<string, string> };
const keys = Object.keys(it_).filter((k) => k.startsWith('progress.importError.'));
/** A message's fixed words, around its {{values}}: what would be in the code if the sentence were. */
const fragments = (lang: Locale) => keys.flatMap((k) => (dictionaries[lang][k] ?? '').split(/\{\{\w+\}\}/)).map((f) => f.trim()).filter((f) => f.length > 12);

describe('progress page ships the import messages in one language', () => {
  it('no island module holds a refused file’s message, in either language', () => {
    expect(keys).toHaveLength(7);
    for (const [path, text] of islandSources) for (const lang of locales) for (const f of fragments(lang)) expect(text.includes(f), `${path}: ${f}`).toBe(false);
  });

  it.each(locales)('the strings passed for %s carry every message, in that language only', (lang) => {
    const passed = islandStrings(lang, 'ProgressDashboard');
    for (const k of keys) expect(passed[k], k).toBe(dictionaries[lang][k]);
    const text = JSON.stringify(passed);
    for (const f of fragments(otherLocale(lang))) expect(text.includes(f), f).toBe(false);
  });

  const refused: [what: string, file: string, message: Record<Locale, string>][] = [
    ['no format tag', JSON.stringify({ version: 1 }), { it: it_['progress.importError.no-format'], en: en['progress.importError.no-format'] }],
    ['a newer version', JSON.stringify({ format: 'percutanea-progress', version: 99 }), {
      it: it_['progress.importError.newer-version'].replace('{{version}}', '99').replace('{{max}}', String(DATA_VERSION)),
      en: en['progress.importError.newer-version'].replace('{{version}}', '99').replace('{{max}}', String(DATA_VERSION)),
    }],
  ];
  for (const lang of locales) {
    it.each(refused)(`${lang}: %s is refused with its message in that language, from the strings the page passed`, async (_what, text, message) => {
      const user = userEvent.setup();
      render(<ProgressDashboard lang={lang} strings={islandStrings(lang, 'ProgressDashboard')} lessons={[]} cases={[]} questionIds={[]} />);
      await screen.findByTestId('lessons-read-count');
      await user.upload(screen.getByLabelText(dictionaries[lang]['progress.import']!), new File([text], 'progress.json', { type: 'application/json' }));
      expect((await screen.findByRole('alert')).textContent).toBe(message[lang]);
    });
  }
});
