import type { SearchEntry } from '../catalogue/search';
import { loadSearch, loadedSearch } from '../catalogue/search-entries';
import { useInLocale, withData } from './with-catalogue';

/**
 * Every live setting in the page's language, to search; the search page loads through `withSearch`.
 * The prerender preloads them for a page whose modules import this hook.
 */
export const useSearch = (): SearchEntry[] => useInLocale(loadedSearch, loadSearch);

/** A lazily loaded page that searches, handed over once the settings to search are here too. */
export const withSearch = <T,>(loading: Promise<T>): Promise<T> => withData(loading, loadSearch);
