import type { Locale } from '../../core/i18n/locales';
import { painGenerator } from '../../core/lesson-tools/checkers/m01-pain-generator';
import type { Answers, CheckerTexts } from '../../core/lesson-tools/checker/checker';
import { CheckerView } from '../shared/CheckerView';
import type { UrlSync } from '../shared/UrlSync';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  strings?: UiStrings;
  /** The check's wording in this page's language only, resolved by the wrapper (painGeneratorTextsIn). */
  texts: CheckerTexts;
  url?: UrlSync<Answers>;
}

/** Island entry: only this module's rules (ids and logic) ship with the page that embeds it. */
export default function PainGeneratorCheck({ lang, strings, texts, url }: Props) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={painGenerator} texts={texts} url={url} />;
}
