/**
 * Two locales for the browser tests only: `en-XA`, English made long and accented, and `ar-XB`, the
 * same read right to left (see pseudo-words.ts). Only a build made with `PSEUDO_LOCALE=1` knows them
 * (vite.config.ts defines `__PSEUDO_LOCALE__`); in the production build the flag is `false` and every
 * branch that mentions them is dropped, so no address, picker, sitemap or precache has them.
 */
const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];

/** The pseudo-locale `segment` names, in a build that has them. */
export const pseudoLocale = (segment: string): PseudoLocale | undefined =>
  __PSEUDO_LOCALE__ ? PSEUDO_LOCALES.find((locale) => locale === segment) : undefined;
