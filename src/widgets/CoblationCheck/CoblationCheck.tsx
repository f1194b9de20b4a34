import type { Locale } from '../../core/i18n/locales';
import { coblationCandidate } from '../../core/lesson-tools/checkers/m10-coblation';
import type { Answers, CheckerTexts } from '../../core/lesson-tools/checker/checker';
import { CheckerView } from '../shared/CheckerView';
import type { UrlSync } from '../shared/UrlSync';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  strings?: UiStrings;
  /** The check's wording in this page's language only, resolved by the wrapper (coblationTextsIn). */
  texts: CheckerTexts;
  url?: UrlSync<Answers>;
}

/** Island entry: only this module's rule logic ships with the page that embeds it, and one language's wording. */
export default function CoblationCheck({ lang, strings, texts, url }: Props) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={coblationCandidate} texts={texts} url={url} />;
}
