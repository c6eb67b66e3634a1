import { loaders, localeLoaders } from 'virtual:catalogue/loaders';
import type { Platform } from '../schema/catalogue';

const started = new Map<string, Promise<Platform>>();

/** Whether the catalogue has a platform with this id. */
export const hasPlatform = (id: string): boolean => Object.hasOwn(loaders, id);

/**
 * A platform's full entries in `locale`, loading from its own chunk (in another language, that
 * language's chunk alone: the overlay is merged in at build time); one promise per platform and
 * language, so React's `use` sees the same promise on every render. `undefined` for an unknown id.
 * A language without overlays gets the English entries.
 */
export function loadPlatform(id: string, locale = 'en'): Promise<Platform> | undefined {
  if (!hasPlatform(id)) return undefined;
  const key = `${locale}/${id}`;
  let loading = started.get(key);
  if (!loading) {
    const table = Object.hasOwn(localeLoaders, locale) ? localeLoaders[locale]!().then((m) => m.loaders) : Promise.resolve(loaders);
    loading = table.then((own) => own[id]!()).then((module) => module.default);
    started.set(key, loading);
  }
  return loading;
}
