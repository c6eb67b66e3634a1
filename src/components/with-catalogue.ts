import { use } from 'react';
import { loadCatalogue } from '../catalogue/catalogue';
import { activeLocale } from '../i18n/translate';

/**
 * A lazily loaded module that reads the catalogue's index: handed over once the index in the page's
 * language is here too, asked for beside the code. Every lazy chunk that reads the index loads
 * through this, so its components never suspend for the index once they are on screen: a component
 * that suspends in an update, after its first hooks, can lose its hooks in React 19 ("Rendered more
 * hooks than during the previous render", react#33580; seen in WebKit as React error #520).
 */
export const withCatalogue = <T,>(loading: Promise<T>): Promise<T> => withData(loading, loadCatalogue);

/** A lazily loaded module, handed over once what it reads in the page's language (`load`) is here too. */
export const withData = <T,>(loading: Promise<T>, load: (locale: string) => Promise<unknown>): Promise<T> =>
  Promise.all([loading, load(activeLocale())]).then(([module]) => module);

/**
 * A per-language file in the page's language (the catalogue's index, the settings to search): here
 * already when the component's chunk loaded through `withData`; should it not be, the component
 * suspends on first render (its Suspense boundary shows the skeleton, or, while hydrating, keeps the
 * prerendered markup).
 */
export function useInLocale<T>(loaded: (locale: string) => T | undefined, load: (locale: string) => Promise<T>): T {
  const locale = activeLocale();
  return loaded(locale) ?? use(load(locale));
}
