import { indexes, version } from 'virtual:catalogue';
import { expandIndex, type CatalogueIndex, type CompactIndex, type PlatformSummary, type SettingSummary } from './index-model';
import { localeFile } from './locale-file';

/** The index with its lookups: what the dashboard, reminders and reports read of every platform. */
export interface Catalogue extends CatalogueIndex {
  platform(id: string): PlatformSummary | undefined;
  setting(id: string): SettingSummary | undefined;
}

/** The catalogue's version, known without its index (a backup or report is stamped with it). */
export const CATALOGUE_VERSION: string = version;

function withLookups(expanded: CatalogueIndex): Catalogue {
  const platforms = new Map(expanded.platforms.map((p) => [p.id, p]));
  const settings = new Map(expanded.platforms.flatMap((p) => p.settings.map((s) => [s.id, s] as const)));
  return { ...expanded, platform: (id) => platforms.get(id), setting: (id) => settings.get(id) };
}

// The browser's build fetches the index as data once a page that reads it renders (that page's HTML
// preloads it). No top-level await: WebKit resolved a page's import before such a module had finished
// (docs/performance.md).
const index = localeFile('index', indexes, {
  read: (compact: CompactIndex) => withLookups(expandIndex(compact)),
  // Every title marked as English: `expandIndex` reads `locale` so.
  inEnglish: (english, locale) => ({ ...english, locale }),
});

/** The index in `locale` if it is here already; otherwise `undefined` (see `loadCatalogue`). */
export const loadedCatalogue = (locale = 'en'): Catalogue | undefined => index.loaded(locale);

/** The index in `locale` (titles in that language where the platform's own label is confirmed), fetched once. */
export const loadCatalogue = (locale = 'en'): Promise<Catalogue> => index.load(locale);
