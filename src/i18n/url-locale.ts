import { LOCALES, type Locale } from './translate';

/**
 * The URL decides the language: `/de/platforms/linkedin` is German, and English stays at `/`. Returns
 * the locale, the path the routes see (without the prefix) and the router's basename for it.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string; basename: string } {
  const [, first = '', ...rest] = pathname.split('/');
  const locale = LOCALES.find((candidate) => candidate !== 'en' && candidate === first);
  if (!locale) return { locale: 'en', path: pathname, basename: '/' };
  return { locale, path: `/${rest.join('/')}`, basename: `/${locale}` };
}
