import type { Locale } from '../../core/i18n/locales';
import { painGenerator } from '../../core/lesson-tools/checkers/m01-pain-generator';
import { CheckerView } from '../shared/CheckerView';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function PainGeneratorCheck({ lang }: { lang: Locale; syncUrl?: boolean }) {
  return <CheckerView lang={lang} def={painGenerator} />;
}
