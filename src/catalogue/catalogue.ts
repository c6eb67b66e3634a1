import { index } from 'virtual:catalogue';
import { expandIndex, type CatalogueIndex, type PlatformSummary } from './index-model';

export const catalogueIndex: CatalogueIndex = expandIndex(index);

const summaries = new Map(catalogueIndex.platforms.map((p) => [p.id, p]));

export function findPlatform(id: string): PlatformSummary | undefined {
  return summaries.get(id);
}

const settingSummaries = new Map(catalogueIndex.platforms.flatMap((p) => p.settings.map((s) => [s.id, s] as const)));

export function findSettingSummary(id: string) {
  return settingSummaries.get(id);
}
