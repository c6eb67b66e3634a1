import { useLocation } from 'react-router';
import { t } from '../i18n/common-messages';
import { LANGUAGES, pathIn, rememberLanguage } from '../i18n/languages';
import { activeLocale, LOCALES } from '../i18n/translate';

/**
 * The same page in every language, as plain links (each language is its own set of addresses, so
 * following one loads that language's page); the one followed is remembered for the next visit to `/`.
 */
export function LanguagePicker() {
  const { pathname, search } = useLocation();
  const current = activeLocale();
  return (
    <nav aria-label={t('language.label')} className="language-picker">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={pathIn(locale, pathname) + search}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'page' : undefined}
              onClick={() => rememberLanguage(locale)}
            >
              {LANGUAGES[locale].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
