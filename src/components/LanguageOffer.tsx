import { useState } from 'react';
import { useLocation } from 'react-router';
import { t } from '../i18n/common-messages';
import { chosenLanguage, LANGUAGES, languageToOffer, pathIn, rememberLanguage } from '../i18n/languages';
import { activeLocale, LOCALES, type Locale } from '../i18n/translate';

/**
 * On the home page, offers the language the browser prefers (or the one picked before) when the page
 * is in another: an offer, never a redirect. Dismissing it keeps the page's language for next time.
 */
export function LanguageOffer() {
  const { pathname } = useLocation();
  const current = LOCALES.find((locale) => locale === activeLocale()) ?? 'en';
  const [offer, setOffer] = useState<Locale | undefined>(() => languageToOffer(current, navigator.languages ?? [], chosenLanguage()));
  if (pathname !== '/' || !offer) return null;
  return (
    <aside className="card language-offer" aria-label={t('language.offerLabel')}>
      <a href={pathIn(offer, '/')} hrefLang={offer} lang={offer} onClick={() => rememberLanguage(offer)}>
        {LANGUAGES[offer].offer}
      </a>
      <button type="button" onClick={() => { rememberLanguage(current); setOffer(undefined); }}>
        {t('language.dismiss')}
      </button>
    </aside>
  );
}
