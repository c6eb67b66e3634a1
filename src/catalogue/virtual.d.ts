declare module 'virtual:catalogue' {
  import type { CompactIndex } from '~/catalogue/index-model';
  import type { PlatformList } from '~/catalogue/pick-list';
  /** The index in each language, bundled in Node (the prerender, tests) and the dev server; the browser's build fetches `<entriesBase><locale>/index.json`. */
  export const indexes: Readonly<Record<string, CompactIndex>> | undefined;
  /** The first visit's platform list in each language, bundled likewise; the browser's build fetches `<entriesBase><locale>/platforms.json`. */
  export const platformLists: Readonly<Record<string, PlatformList>> | undefined;
  /** The catalogue's version (`catalogueVersion` in index-model). */
  export const version: string;
}
declare module 'virtual:catalogue/entries' {
  import type { Platform } from '~/schema/catalogue';
  /** Every platform's id. */
  export const ids: readonly string[];
  /** Where the browser's build keeps each platform's entries: `<entriesBase><locale>/<id>.json`. */
  export const entriesBase: string;
  /** In Node (the prerender, tests) and the dev server, the entries are imported instead. */
  export const importEntries: ((locale: string, id: string) => Promise<Platform>) | undefined;
}

declare module 'virtual:catalogue/search' {
  import type { SearchEntry } from '~/catalogue/search';
  /** Every live setting to search, in each language, bundled in Node and the dev server; the browser's build fetches `<entriesBase><locale>/search.json`. */
  export const searchFiles: Readonly<Record<string, SearchEntry[]>> | undefined;
}

declare module 'virtual:catalogue/changes' {
  import type { CatalogueChange } from '~/catalogue/changes';
  export const changes: readonly CatalogueChange[];
}

declare module 'virtual:words' {
  /** Where the browser's build keeps each language's words: `<wordsBase><locale>/<feature>.json`. */
  export const wordsBase: string;
  /** The languages with word files of their own (English is the messages' source). */
  export const wordLocales: readonly string[];
}
