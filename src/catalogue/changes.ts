/** The catalogue's dated changes as one list, newest first: the "What's changed" page and the Atom feed read it. */
import type { Platform } from '../schema/catalogue';

export interface CatalogueChange {
  date: string;
  summary: string;
  source?: string;
  settingId: string;
  settingTitle: string;
  platformId: string;
  platformName: string;
}

export function catalogueChanges(platforms: readonly Platform[]): CatalogueChange[] {
  return platforms
    .flatMap((p) =>
      p.settings.flatMap((s) =>
        (s.changes ?? []).map((c) => ({
          date: c.date,
          summary: c.summary,
          ...(c.source && { source: c.source }),
          settingId: s.id,
          settingTitle: s.title,
          platformId: p.id,
          platformName: p.name,
        })),
      ),
    )
    .sort((a, b) => (a.date === b.date ? a.settingId.localeCompare(b.settingId) : a.date < b.date ? 1 : -1));
}
