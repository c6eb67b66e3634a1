import { index, indexUrl, version } from 'virtual:catalogue';
import { fetchJson } from './fetch-json';
import { expandIndex, type CatalogueIndex, type CompactIndex, type PlatformSummary, type SettingSummary } from './index-model';

/** The index with its lookups: what the dashboard, reminders and reports read of every platform. */
export interface Catalogue extends CatalogueIndex {
  platform(id: string): PlatformSummary | undefined;
  setting(id: string): SettingSummary | undefined;
}

/** The catalogue's version, known without its index (a backup or report is stamped with it). */
export const CATALOGUE_VERSION: string = version;

function withLookups(compact: CompactIndex): Catalogue {
  const expanded = expandIndex(compact);
  const platforms = new Map(expanded.platforms.map((p) => [p.id, p]));
  const settings = new Map(expanded.platforms.flatMap((p) => p.settings.map((s) => [s.id, s] as const)));
  return { ...expanded, platform: (id) => platforms.get(id), setting: (id) => settings.get(id) };
}

// Node (the prerender, tests) and the dev server have the index bundled; the browser's build fetches
// it, as data, once a page that reads it renders (that page's HTML preloads it). No top-level await:
// WebKit resolved a page's import before such a module had finished (docs/performance.md).
let loaded: Catalogue | undefined = index && withLookups(index);
let loading: Promise<Catalogue> | undefined;

/** The index if it is here already; otherwise `undefined` (see `loadCatalogue`). */
export const loadedCatalogue = (): Catalogue | undefined => loaded;

/**
 * The index, fetched once: the same promise on every call, so React's `use` can wait for it. A failed
 * fetch is forgotten, so the next call (a retry from the error boundary) asks again.
 */
export function loadCatalogue(): Promise<Catalogue> {
  if (loaded) return (loading ??= Promise.resolve(loaded));
  return (loading ??= fetchJson<CompactIndex>(indexUrl).then(
    (compact) => (loaded = withLookups(compact)),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
