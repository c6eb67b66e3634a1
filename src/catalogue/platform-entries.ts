import { entriesBase, ids, importEntries } from 'virtual:catalogue/entries';
import type { Platform } from '../schema/catalogue';
import { OVERLAY_LOCALES } from '../schema/constants';
import { fetchJson } from './fetch-json';

const known = new Set(ids);
const started = new Map<string, Promise<Platform>>();

/** Whether the catalogue has a platform with this id. */
export const hasPlatform = (id: string): boolean => known.has(id);

const cached = (key: string, load: () => Promise<Platform>): Promise<Platform> => {
  let loading = started.get(key);
  if (!loading) started.set(key, (loading = load()));
  return loading;
};

/** A language without overlays reads the English entries (and index). */
export const fileLocale = (locale: string) => ((OVERLAY_LOCALES as readonly string[]).includes(locale) ? locale : 'en');

/** Where the browser's build keeps a platform's entries in a language (a page preloads its own), and beside them, as `index`, that language's catalogue index. */
export const entriesUrl = (id: string, locale: string): string => `${entriesBase}${fileLocale(locale)}/${id}.json`;

/** A platform's entries in a language, as the build wrote them: a JSON file in the browser, a module elsewhere. */
async function entriesIn(locale: string, id: string): Promise<Platform> {
  if (importEntries) return importEntries(locale, id);
  // Offline, the service worker answers `null` for another language's file it does not hold (vite.config.ts).
  const entries = await fetchJson<Platform | null>(entriesUrl(id, locale));
  if (!entries) throw new Error(`Not kept offline: ${locale}/${id}`);
  return entries;
}

const inEnglish = (id: string) => cached(`en/${id}`, () => entriesIn('en', id));

/** The English entries, marked as English as the build marks an entry no overlay translates. */
async function englishIn(id: string, locale: string): Promise<Platform> {
  const [english, { localizePlatform }] = await Promise.all([inEnglish(id), import('./localize')]);
  return localizePlatform(english, locale);
}

/**
 * A platform's full entries in `locale` (in another language, that language's file alone: the
 * overlay is merged in at build time); one promise per platform and language, so React's `use` sees
 * the same promise on every render. `undefined` for an unknown id. The service worker precaches only
 * the English files: offline, another language's file never opened is not there, and the page shows
 * the English entries instead, marked as English.
 */
export function loadPlatform(id: string, locale = 'en'): Promise<Platform> | undefined {
  if (!hasPlatform(id)) return undefined;
  if (fileLocale(locale) === 'en') return inEnglish(id);
  return cached(`${locale}/${id}`, () => entriesIn(locale, id).catch(() => englishIn(id, locale)));
}

