import type { Locale } from '../../core/i18n/locales';
import { curativePalliative } from '../../core/lesson-tools/checkers/m02-curative-palliative';
import { CheckerView } from '../shared/CheckerView';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function CurativePalliativeCheck({ lang }: { lang: Locale; syncUrl?: boolean }) {
  return <CheckerView lang={lang} def={curativePalliative} />;
}
