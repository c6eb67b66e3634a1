import { use } from 'react';
import type { SearchEntry } from '../catalogue/search';
import { loadSearch, loadedSearch } from '../catalogue/search-entries';
import { activeLocale } from '../i18n/translate';
import { withData } from './with-catalogue';

/**
 * Every live setting in the page's language, to search. The search page loads through `withSearch`,
 * so they are here when it renders (why it must not suspend later: with-catalogue.ts); the prerender
 * preloads them for a page whose modules import this hook.
 */
export function useSearch(): SearchEntry[] {
  const locale = activeLocale();
  return loadedSearch(locale) ?? use(loadSearch(locale));
}

/** A lazily loaded page that searches, handed over once the settings to search are here too. */
export const withSearch = <T,>(loading: Promise<T>): Promise<T> => withData(loading, loadSearch);
