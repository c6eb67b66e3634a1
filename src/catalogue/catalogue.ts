import { index } from 'virtual:catalogue';
import type { CatalogueIndex, PlatformSummary } from './index-model';

export const catalogueIndex: CatalogueIndex = index;

const summaries = new Map(index.platforms.map((p) => [p.id, p]));

export function findPlatform(id: string): PlatformSummary | undefined {
  return summaries.get(id);
}

const settingSummaries = new Map(index.platforms.flatMap((p) => p.settings.map((s) => [s.id, s] as const)));

export function findSettingSummary(id: string) {
  return settingSummaries.get(id);
}
