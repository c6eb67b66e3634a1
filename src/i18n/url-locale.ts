import { pseudoLocale, type PseudoLocale } from './pseudo-locales';
import { LOCALES, type Locale } from './translate';

/**
 * The URL decides the language: `/de/platforms/linkedin` is German, and English stays at `/`. Returns
 * the locale, the path the routes see (without the prefix) and the router's basename for it. (A build
 * for the browser tests also knows the pseudo-locales, `/en-XA/…` and `/ar-XB/…`.)
 */
export function splitLocale(pathname: string): { locale: Locale | PseudoLocale; path: string; basename: string } {
  const [, first = '', ...rest] = pathname.split('/');
  // The flag at the call too, so the production build keeps not even the call.
  const locale = LOCALES.find((candidate) => candidate !== 'en' && candidate === first) ?? (__PSEUDO_LOCALE__ ? pseudoLocale(first) : undefined);
  if (!locale) return { locale: 'en', path: pathname, basename: '/' };
  return { locale, path: `/${rest.join('/')}`, basename: `/${locale}` };
}
