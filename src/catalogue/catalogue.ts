import { index, loaders } from 'virtual:catalogue';
import type { Platform } from '../schema/catalogue';
import type { CatalogueIndex, PlatformSummary } from './index-model';

export const catalogueIndex: CatalogueIndex = index;

const summaries = new Map(index.platforms.map((p) => [p.id, p]));
const loaded = new Map<string, Promise<Platform>>();

export function findPlatform(id: string): PlatformSummary | undefined {
  return summaries.get(id);
}

/** One promise per platform, so React's `use` sees the same promise on every render. */
export function loadPlatform(id: string): Promise<Platform> | undefined {
  const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!loader) return undefined;
  let promise = loaded.get(id);
  if (!promise) {
    promise = loader().then((module) => module.default);
    loaded.set(id, promise);
  }
  return promise;
}

const settingSummaries = new Map(index.platforms.flatMap((p) => p.settings.map((s) => [s.id, s] as const)));

export function findSettingSummary(id: string) {
  return settingSummaries.get(id);
}
