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

/**
 * Another language's chunk; when it cannot be fetched (offline: the service worker precaches the
 * English entries only), the English entries, marked as English as the build marks an untranslated entry.
 */
const inLocale = (id: string, locale: string, table: () => ReturnType<(typeof localeLoaders)[string]>) =>
  cached(`${locale}/${id}`, () =>
    table()
      .then((own) => own.loaders[id]!())
      .then((module) => module.default)
      .catch(async () => {
        const [english, { localizePlatform }] = await Promise.all([inEnglish(id), import('./localize')]);
        return localizePlatform(english, locale);
      }),
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
