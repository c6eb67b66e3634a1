import { index, indexUrl } from 'virtual:catalogue';
import { fetchJson } from './fetch-json';
import { expandIndex, type CompactIndex, type CatalogueIndex, type PlatformSummary } from './index-model';

// In the browser's build the index is a JSON file (data, not code), fetched as the first page that
// lists settings loads (that page's HTML preloads it); in Node and the dev server it is bundled.
export const catalogueIndex: CatalogueIndex = expandIndex(index ?? (await fetchJson<CompactIndex>(indexUrl!)));

const summaries = new Map(catalogueIndex.platforms.map((p) => [p.id, p]));

export function findPlatform(id: string): PlatformSummary | undefined {
  return summaries.get(id);
}

const settingSummaries = new Map(catalogueIndex.platforms.flatMap((p) => p.settings.map((s) => [s.id, s] as const)));

export function findSettingSummary(id: string) {
  return settingSummaries.get(id);
}
