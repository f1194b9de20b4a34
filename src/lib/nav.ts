import { getT } from '../core/i18n/translate';
import type { Locale } from '../core/i18n/locales';

/** The site's main sections; later sections (algorithms, cases, quiz…) are added here. */
export function navItems(lang: Locale) {
  const t = getT(lang);
  return [
    { href: `/${lang}/`, label: t('nav.home'), exact: true },
    { href: `/${lang}/lessons/`, label: t('nav.lessons'), exact: false },
    { href: `/${lang}/tools/`, label: t('nav.tools'), exact: false },
    { href: `/${lang}/algorithms/`, label: t('nav.algorithms'), exact: false },
    { href: `/${lang}/cases/`, label: t('nav.cases'), exact: false },
    { href: `/${lang}/present/`, label: t('nav.present'), exact: false },
    { href: `/${lang}/quiz/`, label: t('nav.quiz'), exact: false },
    { href: `/${lang}/glossary/`, label: t('nav.glossary'), exact: false },
  ];
}
