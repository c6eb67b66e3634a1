import { LOCALES, type Locale } from './translate';

/**
 * Each language by its own name, and the one-line offer made in that language: shown to someone whose
 * browser prefers it, so it must be readable before they switch (not a message of the page's language).
 */
export const LANGUAGES: Readonly<Record<Locale, { readonly name: string; readonly offer: string }>> = {
  en: { name: 'English', offer: 'Read this in English' },
  de: { name: 'Deutsch', offer: 'Auf Deutsch lesen' },
  fr: { name: 'Français', offer: 'Lire en français' },
  es: { name: 'Español', offer: 'Leer en español' },
};

const CHOSEN = 'privacy-checkup.language';

/** Languages written right to left, by their language subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/** How a locale's text runs, for `<html dir>`: the page mirrors for a right-to-left language. */
export const textDirection = (locale: string): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr');

/** The same page in `locale`: `/de/settings` for German, `/settings` for English. */
export const pathIn = (locale: string, path: string): string => (locale === 'en' ? path : `/${locale}${path === '/' ? '/' : path}`);

/** The language the person picked (or settled on by dismissing the offer), if any. */
export function chosenLanguage(storage: Storage | undefined = globalThis.localStorage): Locale | undefined {
  try {
    const value = storage?.getItem(CHOSEN);
    return LOCALES.find((locale) => locale === value);
  } catch {
    return undefined;
  }
}

export function rememberLanguage(locale: Locale, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(CHOSEN, locale);
  } catch {
    // Storage refused (private mode, full): the choice holds for this page only.
  }
}

/**
 * The language to offer on the English home page: the one picked before, else the first of the browser's
 * languages we have ("de-AT" counts as "de"), unless English comes first. None when it is already shown.
 */
export function languageToOffer(current: Locale, preferred: readonly string[], chosen: Locale | undefined): Locale | undefined {
  if (chosen) return chosen === current ? undefined : chosen;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LOCALES.find((locale) => locale === base);
    if (match) return match === current ? undefined : match;
  }
  return undefined;
}
