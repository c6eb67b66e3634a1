import { indexes, version } from 'virtual:catalogue';
import { fetchJson } from './fetch-json';
import { expandIndex, type CatalogueIndex, type CompactIndex, type PlatformSummary, type SettingSummary } from './index-model';
import { entriesUrl, fileLocale } from './platform-entries';

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

/** The English index standing in for another language's (offline, never opened): every title marked as English. */
const inEnglishFor = (english: CompactIndex, locale: string): CompactIndex => ({ ...english, locale });

// Node (the prerender, tests) and the dev server have every language's index bundled; the browser's
// build fetches one, as data, once a page that reads it renders (that page's HTML preloads it). No
// top-level await: WebKit resolved a page's import before such a module had finished (docs/performance.md).
const loaded = new Map<string, Catalogue>();
const loading = new Map<string, Promise<Catalogue>>();
for (const [locale, index] of Object.entries(indexes ?? {})) loaded.set(locale, withLookups(expandIndex(index)));

/** The index in `locale` if it is here already; otherwise `undefined` (see `loadCatalogue`). */
export const loadedCatalogue = (locale = 'en'): Catalogue | undefined => loaded.get(fileLocale(locale));

async function fetchIndex(locale: string): Promise<Catalogue> {
  const url = (file: string) => entriesUrl('index', file);
  // Offline, the service worker answers `null` for another language's file it does not hold (vite.config.ts).
  const compact = await fetchJson<CompactIndex | null>(url(locale)).catch(() => null);
  const index = compact ?? (locale === 'en' ? null : inEnglishFor(await fetchJson<CompactIndex>(url('en')), locale));
  if (!index) throw new Error(`The catalogue's index could not be read from ${url(locale)}`);
  const catalogue = withLookups(expandIndex(index));
  loaded.set(locale, catalogue);
  return catalogue;
}

/**
 * The index in `locale` (titles in that language where the platform's own label is confirmed),
 * fetched once: the same promise on every call, so React's `use` can wait for it. A failed fetch is
 * forgotten, so the next call (a retry from the error boundary) asks again.
 */
export function loadCatalogue(locale = 'en'): Promise<Catalogue> {
  const file = fileLocale(locale);
  let promise = loading.get(file);
  if (!promise) {
    const here = loaded.get(file);
    promise = here ? Promise.resolve(here) : fetchIndex(file).catch((error: unknown) => {
      loading.delete(file);
      throw error;
    });
    loading.set(file, promise);
  }
  return promise;
}
