import type { Locale } from '../../core/i18n/locales';
import { mrgfusEligibility } from '../../core/lesson-tools/checkers/m12-mrgfus';
import type { Answers, CheckerTexts } from '../../core/lesson-tools/checker/checker';
import { CheckerView } from '../shared/CheckerView';
import type { UrlSync } from '../shared/UrlSync';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  strings?: UiStrings;
  /** The check's wording in this page's language only, resolved by the wrapper (mrgfusTextsIn). */
  texts: CheckerTexts;
  url?: UrlSync<Answers>;
}

/** Island entry: only this module's rule ids and logic ship with the page that embeds it. */
export default function MrgfusCheck({ lang, strings, texts, url }: Props) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={mrgfusEligibility} texts={texts} url={url} />;
}
