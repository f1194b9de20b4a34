import type { Locale } from '../../core/i18n/locales';
import { augmentationChoice } from '../../core/lesson-tools/checkers/m07-augmentation-choice';
import type { Answers, CheckerTexts } from '../../core/lesson-tools/checker/checker';
import { CheckerView } from '../shared/CheckerView';
import type { UrlSync } from '../shared/UrlSync';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  strings?: UiStrings;
  /** The check's wording in this page's language only, resolved by the wrapper (augmentationTextsIn). */
  texts: CheckerTexts;
  url?: UrlSync<Answers>;
}

/** Island entry: only this module's rule ids and logic ship with the page that embeds it. */
export default function AugmentationChoice({ lang, strings, texts, url }: Props) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={augmentationChoice} texts={texts} url={url} />;
}
