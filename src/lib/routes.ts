import { locales, otherLocale, type Locale } from '../core/i18n/locales';

/** Every [lang] page has the same two static paths. */
export function localeStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** The same page in the other locale: URLs mirror each other, only the first segment changes. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const rest = pathname.replace(/^\/(it|en)(?=\/|$)/, '');
  return `/${to}${rest || '/'}`;
}

export function localePath(lang: Locale, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `/${lang}/${clean}`;
}

export { otherLocale };
