import { useState } from 'react';
import { useHydrated } from './use-hydrated';
import { useLocation } from 'react-router';
import { t } from '../i18n/common-messages';
import { chosenLanguage, LANGUAGES, languageToOffer, pathIn, rememberLanguage } from '../i18n/languages';
import { activeLocale, LOCALES } from '../i18n/translate';

/**
 * On the home page, offers the language the browser prefers (or the one picked before) when the page
 * is in another: an offer, never a redirect. Dismissing it keeps the page's language for next time.
 */
export function LanguageOffer() {
  const { pathname } = useLocation();
  const current = LOCALES.find((locale) => locale === activeLocale()) ?? 'en';
  const [dismissed, setDismissed] = useState(false);
  // After hydration: the prerendered page cannot know the browser's languages, and must match it first.
  const offer = useHydrated() && !dismissed ? languageToOffer(current, navigator.languages ?? [], chosenLanguage()) : undefined;
  if (pathname !== '/' || !offer) return null;
  return (
    <aside className="card language-offer" aria-label={t('language.offerLabel')}>
      <a href={pathIn(offer, '/')} hrefLang={offer} lang={offer} onClick={() => rememberLanguage(offer)}>
        {LANGUAGES[offer].offer}
      </a>
      <button type="button" onClick={() => { rememberLanguage(current); setDismissed(true); }}>
        {t('language.dismiss')}
      </button>
    </aside>
  );
}
