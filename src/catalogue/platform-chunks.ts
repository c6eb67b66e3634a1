import { loaders } from 'virtual:catalogue/loaders';
import type { Platform } from '../schema/catalogue';
// eslint-disable-next-line import-x/no-restricted-paths -- the bespoke loading layer this ties into is being replaced (issue 16)
import { arrival, type Arrival } from '../routing/arrival';

const started = new Map<string, Arrival<Platform>>();

/**
 * A platform's full entries, loading from its own chunk; one arrival per platform, so a page
 * preloaded before React started renders from it at once. `undefined` for an unknown id.
 * (Kept apart from the index so the boot module can start a platform's chunk without the index.)
 */
export function platformArrival(id: string): Arrival<Platform> | undefined {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load) return undefined;
  let tracked = started.get(id);
  if (!tracked) {
    tracked = arrival(load().then((module) => module.default));
    started.set(id, tracked);
  }
  return tracked;
}

export const loadPlatform = (id: string): Promise<Platform> | undefined => platformArrival(id)?.promise;
