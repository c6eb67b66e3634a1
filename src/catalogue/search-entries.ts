import { searchFiles } from 'virtual:catalogue/search';
import { localeFile } from './locale-file';
import { prepareSearch, type PreparedEntry, type SearchEntry } from './search';

/** Every live setting in a language, ready to search: `search.json` beside that language's entries. */
const search = localeFile('search', searchFiles, {
  what: 'The settings to search',
  read: (entries: SearchEntry[]) => prepareSearch(entries),
  inEnglish: (english) => english.map((entry) => ({ ...entry, localized: { title: false } })),
});

/** The settings to search in `locale` if they are here already; otherwise `undefined` (see `loadSearch`). */
export const loadedSearch = (locale = 'en'): PreparedEntry[] | undefined => search.loaded(locale);

/** The settings to search in `locale`, fetched once. */
export const loadSearch = (locale = 'en'): Promise<PreparedEntry[]> => search.load(locale);
