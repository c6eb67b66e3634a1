import { searchFiles } from 'virtual:catalogue/search';
import { localeFile } from './locale-file';
import type { SearchEntry } from './search';

/** Every live setting in a language, to search: `search.json` beside that language's entries. */
const search = localeFile('search', searchFiles, {
  read: (entries: SearchEntry[]) => entries,
  inEnglish: (english) => english.map((entry) => ({ ...entry, localized: { title: false } })),
});

/** The settings to search in `locale` if they are here already; otherwise `undefined` (see `loadSearch`). */
export const loadedSearch = (locale = 'en'): SearchEntry[] | undefined => search.loaded(locale);

/** The settings to search in `locale`, fetched once. */
export const loadSearch = (locale = 'en'): Promise<SearchEntry[]> => search.load(locale);
