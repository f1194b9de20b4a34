import type { Locale } from '../../core/i18n/locales';
import { ablationIndications } from '../../core/lesson-tools/checkers/m05-ablation-indications';
import type { Answers, CheckerTexts } from '../../core/lesson-tools/checker/checker';
import { CheckerView } from '../shared/CheckerView';
import type { UrlSync } from '../shared/UrlSync';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  strings?: UiStrings;
  /** The check's wording in this page's language only, resolved by the wrapper (ablationIndicationsTextsIn). */
  texts: CheckerTexts;
  url?: UrlSync<Answers>;
}

/** Island entry: only this module's rule logic ships with the page that embeds it, and one language's wording. */
export default function AblationIndicationsCheck({ lang, strings, texts, url }: Props) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={ablationIndications} texts={texts} url={url} />;
}
