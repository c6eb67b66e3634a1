/**
 * A platform's entry in another language: the English entry with that locale's overlay laid over it,
 * merged at build time so a localized page downloads one file in its own language. The result is
 * still a `Platform`, so every component renders it unchanged; `localized` marks what is in the
 * page's language, so the English rest can say so. Pure: entry and overlay in, entry out.
 */
import type { Platform, Setting, Source } from '../schema/catalogue';
import type { Overlay, OverlaySetting } from '../schema/overlay';

/** A localized label's source(s): one address or several, each listed in the overlay's `sources`. */
export const citedUrls = (source: string | readonly string[]): readonly string[] => (typeof source === 'string' ? [source] : source);

function localizeSetting(setting: Setting, local: OverlaySetting | undefined, sources: readonly Source[]): Setting {
  if (!local) return { ...setting, localized: { text: false, title: false, menuPath: false } };
  const labels = [local.title, local.menuPath].flatMap((label) => (label ? citedUrls(label.source) : []));
  // The pages that confirm a localized label join the entry's sources, so the card names them.
  const added = sources.filter((s) => labels.includes(s.url) && !setting.sources.some((own) => own.url === s.url));
  const evidence = { ...setting.evidence };
  if (local.title) evidence.title = local.title.grade;
  if (local.menuPath) evidence.menuPath = local.menuPath.grade;
  const localized: Setting = {
    ...setting,
    title: local.title?.text ?? setting.title,
    menuPath: local.menuPath?.text ?? setting.menuPath,
    why: local.why,
    recommended: local.recommended,
    steps: local.steps,
    sources: [...setting.sources, ...added],
    evidence,
    localized: { text: true, title: Boolean(local.title), menuPath: Boolean(local.menuPath) },
  };
  if (local.default !== undefined) localized.default = local.default;
  if (local.caveats !== undefined) localized.caveats = local.caveats;
  if (local.regions !== undefined) localized.regions = local.regions;
  return localized;
}

/**
 * `platform` in `locale`: the overlay's description and, for each setting it covers, its words and any
 * label confirmed in the platform's own words there; settings it does not cover stay in English,
 * marked so. Without an overlay everything stays English, marked so.
 */
export function localizePlatform(platform: Platform, locale: string, overlay?: Overlay): Platform {
  if (overlay && (overlay.platform !== platform.id || overlay.locale !== locale)) {
    throw new Error(`The overlay for ${overlay.locale}/${overlay.platform} cannot localize ${locale}/${platform.id}`);
  }
  return {
    ...platform,
    description: overlay?.description ?? platform.description,
    settings: platform.settings.map((s) => localizeSetting(s, overlay?.settings[s.id], overlay?.sources ?? [])),
    localized: { locale, description: Boolean(overlay) },
  };
}
