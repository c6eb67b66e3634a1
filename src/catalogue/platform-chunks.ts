import { loaders, localeLoaders } from 'virtual:catalogue/loaders';
import type { Platform } from '../schema/catalogue';

const started = new Map<string, Promise<Platform>>();

/** Whether the catalogue has a platform with this id. */
export const hasPlatform = (id: string): boolean => Object.hasOwn(loaders, id);

const cached = (key: string, load: () => Promise<Platform>): Promise<Platform> => {
  let loading = started.get(key);
  if (!loading) started.set(key, (loading = load()));
  return loading;
};

const inEnglish = (id: string) => cached(`en/${id}`, () => loaders[id]!().then((module) => module.default));

/** The English entries, marked as English as the build marks an entry no overlay translates. */
async function englishIn(id: string, locale: string): Promise<Platform> {
  const [english, { localizePlatform }] = await Promise.all([inEnglish(id), import('./localize')]);
  return localizePlatform(english, locale);
}

/**
 * Another language's chunk. The service worker precaches only the English ones: offline, one never
 * opened comes back as an empty module (vite.config.ts), or fails without a worker, and the page
 * shows the English entries instead.
 */
const inLocale = (id: string, locale: string, table: () => ReturnType<(typeof localeLoaders)[string]>) =>
  cached(`${locale}/${id}`, () =>
    table()
      .then((own) => own.loaders[id]!())
      .then((module): Platform | Promise<Platform> => module.default ?? englishIn(id, locale))
      .catch(() => englishIn(id, locale)),
  );

/**
 * A platform's full entries in `locale`, loading from its own chunk (in another language, that
 * language's chunk alone: the overlay is merged in at build time); one promise per platform and
 * language, so React's `use` sees the same promise on every render. `undefined` for an unknown id.
 * A language without overlays gets the English entries.
 */
export function loadPlatform(id: string, locale = 'en'): Promise<Platform> | undefined {
  if (!hasPlatform(id)) return undefined;
  const table = Object.hasOwn(localeLoaders, locale) ? localeLoaders[locale] : undefined;
  return table ? inLocale(id, locale, table) : inEnglish(id);
}
