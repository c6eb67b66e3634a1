declare module 'virtual:catalogue' {
  import type { CatalogueIndex } from '~/catalogue/index-model';
  import type { Platform } from '~/schema/catalogue';
  export const index: CatalogueIndex;
  export const loaders: Readonly<Record<string, () => Promise<{ default: Platform }>>>;
}

declare module 'virtual:catalogue/search' {
  import type { SearchEntry } from '~/catalogue/search';
  export const entries: readonly SearchEntry[];
}
