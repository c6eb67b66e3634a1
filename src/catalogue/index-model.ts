import type { Kind, Platform, Setting } from '../schema/catalogue';
import type { SearchEntry } from './search';
import { fnv1a } from './fnv1a';

/**
 * What the dashboard needs of a setting without loading its platform's entries: the full entry's own
 * fields, picked, so a field means the same in both (`retired` included) and changes in one place.
 */
export type SettingSummary = Pick<
  Setting,
  'id' | 'kind' | 'title' | 'category' | 'priority' | 'effortMinutes' | 'added' | 'updated' | 'retired' | 'volatile' | 'regionsNotApplicable' | 'regionsOnly'
> & {
  /** In another language's index: whether the title is the platform's own label there (else the English one). */
  localized?: { title: boolean };
};

export interface PlatformSummary {
  id: string;
  name: string;
  reauditDays: number;
  added: string;
  settings: SettingSummary[];
}

/** The slim index shipped with the dashboard; full entries arrive per platform, lazily. */
export interface CatalogueIndex {
  version: string;
  /** Another language's index: titles in that language where the platform's own label is confirmed. */
  locale?: string;
  platforms: PlatformSummary[];
  /** The flagship entry the dashboard leads with; its title and platform name are in `platforms`. */
  featured?: { platformId: string; settingId: string };
}


/** Catalogue version: the latest `updated` date plus a content hash, so two builds of one date differ. */
export function catalogueVersion(platforms: readonly Platform[]): string {
  const latest = platforms.flatMap((p) => p.settings.map((s) => s.updated)).sort().at(-1) ?? '0000-00-00';
  return `${latest}+${fnv1a(JSON.stringify(platforms)).toString(16).padStart(8, '0').slice(0, 7)}`;
}

/**
 * The index of `platforms`; given localized entries (`localizePlatform`), in their language, with the
 * version of the English catalogue they came from.
 */
export function buildIndex(platforms: readonly Platform[], localized?: { locale: string; version: string }): CatalogueIndex {
  let featured: CatalogueIndex['featured'];
  const summaries = platforms.map((p): PlatformSummary => {
    for (const s of p.settings) if (s.featured) featured = { platformId: p.id, settingId: s.id };
    return {
      id: p.id,
      name: p.name,
      reauditDays: p.reauditDays,
      added: p.added,
      settings: p.settings.map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        category: s.category,
        priority: s.priority,
        effortMinutes: s.effortMinutes,
        added: s.added,
        updated: s.updated,
        ...(s.retired && { retired: s.retired }),
        ...(s.volatile && { volatile: true as const }),
        ...(s.regionsNotApplicable && { regionsNotApplicable: s.regionsNotApplicable }),
        ...(s.regionsOnly && { regionsOnly: s.regionsOnly }),
        ...(s.localized && { localized: { title: s.localized.title } }),
      })),
    };
  });
  if (localized) return { version: localized.version, locale: localized.locale, platforms: summaries, featured };
  return { version: catalogueVersion(platforms), platforms: summaries, featured };
}

/**
 * The index as shipped (`catalogue/<version>/index.json`): a setting's id without its platform's
 * prefix, and fields left out where they hold their usual value (a toggle, added with its platform,
 * not updated since). About a tenth smaller gzipped; `expandIndex` restores it on load.
 */
export type CompactSetting = Omit<SettingSummary, 'kind' | 'added' | 'updated' | 'localized'> & {
  kind?: Kind;
  added?: string;
  updated?: string;
  /** In another language's index: 1 where the title is the platform's own label there. */
  lt?: 1;
};
export type CompactIndex = Omit<CatalogueIndex, 'platforms'> & { platforms: (Omit<PlatformSummary, 'settings'> & { settings: CompactSetting[] })[] };

export function compactIndex(index: CatalogueIndex): CompactIndex {
  return {
    ...index,
    platforms: index.platforms.map((p) => ({
      ...p,
      settings: p.settings.map(({ id, kind, added, updated, localized, ...rest }) => ({
        ...rest,
        id: id.slice(p.id.length + 1),
        ...(kind !== 'toggle' && { kind }),
        ...(added !== p.added && { added }),
        ...(updated !== added && { updated }),
        ...(localized?.title && { lt: 1 as const }),
      })),
    })),
  };
}

export function expandIndex(compact: CompactIndex): CatalogueIndex {
  return {
    ...compact,
    platforms: compact.platforms.map((p) => ({
      ...p,
      settings: p.settings.map(({ id, kind = 'toggle', added = p.added, updated, lt, ...rest }) => ({
        ...rest,
        id: `${p.id}.${id}`,
        kind,
        added,
        updated: updated ?? added,
        ...(compact.locale && { localized: { title: lt === 1 } }),
      })),
    })),
  };
}

/**
 * What the search page needs of every live setting; a file per language, loaded on first search.
 * Given the English entries, `platforms` are in another language (`localizePlatform`): a title
 * confirmed there is searched by its English label too, as people read of a switch in English news.
 */
export function buildSearchEntries(platforms: readonly Platform[], english?: readonly Platform[]): SearchEntry[] {
  const englishTitles = new Map(english?.flatMap((p) => p.settings.map((s) => [s.id, s.title] as const)));
  return platforms.flatMap((p) =>
    p.settings
      .filter((s) => !s.retired)
      .map((s) => {
        const englishTitle = englishTitles.get(s.id);
        return {
          id: s.id,
          kind: s.kind,
          platformId: p.id,
          platformName: p.name,
          title: s.title,
          aliases: [...(englishTitle !== undefined && englishTitle !== s.title ? [englishTitle] : []), ...(s.aliases ?? [])],
          why: s.why,
          category: s.category,
          priority: s.priority,
          effortMinutes: s.effortMinutes,
          ...(s.localized && { localized: { title: s.localized.title } }),
        };
      }),
  );
}
