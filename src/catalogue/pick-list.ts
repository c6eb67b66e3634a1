import type { CatalogueIndex, PlatformSummary, SettingSummary } from './index-model';

/** A platform as the picker offers it: its name, its live settings, and whether one is about AI training. */
export interface PickablePlatform {
  id: string;
  name: string;
  /** Settings not retired. */
  live: number;
  aiTraining: boolean;
}

/**
 * What a first visit's dashboard reads before anything is chosen: the flagship entry and every
 * platform to pick from, a small file of its own (`platforms.json` beside the index) so the first
 * screen does not wait for every setting's title; the index loads once platforms are chosen.
 */
export interface PlatformList {
  version: string;
  locale?: string;
  featured?: { platform: Pick<PlatformSummary, 'id' | 'name'>; setting: Pick<SettingSummary, 'id' | 'title' | 'localized'> };
  platforms: PickablePlatform[];
}

/** The platform list of an index: the one rule for what the picker counts, in the build's file and in the settings page alike. */
export function platformList(index: CatalogueIndex): PlatformList {
  const { featured } = index;
  const platform = featured && index.platforms.find((p) => p.id === featured.platformId);
  const setting = featured && platform?.settings.find((s) => s.id === featured.settingId);
  return {
    version: index.version,
    ...(index.locale && { locale: index.locale }),
    ...(platform && setting && {
      featured: { platform: { id: platform.id, name: platform.name }, setting: { id: setting.id, title: setting.title, ...(setting.localized && { localized: setting.localized }) } },
    }),
    platforms: index.platforms.map((p) => {
      const live = p.settings.filter((s) => !s.retired);
      return { id: p.id, name: p.name, live: live.length, aiTraining: live.some((s) => s.category === 'ai-training') };
    }),
  };
}
