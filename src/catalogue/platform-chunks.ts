import { loaders } from 'virtual:catalogue/loaders';
import type { Platform } from '../schema/catalogue';

const started = new Map<string, Promise<Platform>>();

/** Whether the catalogue has a platform with this id. */
export const hasPlatform = (id: string): boolean => Object.hasOwn(loaders, id);

/**
 * A platform's full entries, loading from its own chunk; one promise per platform, so React's
 * `use` sees the same promise on every render. `undefined` for an unknown id.
 */
export function loadPlatform(id: string): Promise<Platform> | undefined {
  if (!hasPlatform(id)) return undefined;
  let loading = started.get(id);
  if (!loading) {
    loading = loaders[id]!().then((module) => module.default);
    started.set(id, loading);
  }
  return loading;
}
