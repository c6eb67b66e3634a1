declare module 'virtual:catalogue' {
  import type { CompactIndex } from '~/catalogue/index-model';
  export const index: CompactIndex;
}

declare module 'virtual:catalogue/loaders' {
  import type { Platform } from '~/schema/catalogue';
  /** English: one lazy import per platform. */
  export const loaders: Readonly<Record<string, () => Promise<{ default: Platform }>>>;
  /** Per other language, its own table of the same (`virtual:catalogue/loaders/<locale>`). */
  export const localeLoaders: Readonly<
    // `default` is missing when the service worker answers offline for a chunk it does not hold.
    Record<string, () => Promise<{ loaders: Readonly<Record<string, () => Promise<{ default: Platform | undefined }>>> }>>
  >;
}

declare module 'virtual:catalogue/search' {
  import type { SearchEntry } from '~/catalogue/search';
  export const entries: readonly SearchEntry[];
}

declare module 'virtual:catalogue/changes' {
  import type { CatalogueChange } from '~/catalogue/changes';
  export const changes: readonly CatalogueChange[];
}
