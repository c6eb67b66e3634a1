/**
 * Catalogue overlays: a platform's entry in another language (`data/i18n/<locale>/<platform>.json`).
 * The check holds an overlay to its English entry: it names only settings that exist, gives the same
 * steps per device and the same optional facts, and backs every localized label with a listed source
 * that can carry its grade. Pure: files and platforms in, problems and coverage out.
 */
import { utcDate } from '../audit/calendar.ts';
import { OVERLAY_LOCALES } from '../schema/constants.ts';
import type { Platform, Setting, Source } from '../schema/catalogue.ts';
import { overlaySchema, type Overlay, type OverlayLocale, type OverlaySetting } from '../schema/overlay.ts';
import { parseFile, type CatalogueFile, type CatalogueProblem } from './check.ts';
import { evidenceProblems } from './evidence.ts';
import { citedUrls } from './localize.ts';
import { splitQuotedLabels } from './quoted-labels.ts';

const PATH = /(?:^|\/)i18n\/([a-z]{2})\/([a-z0-9-]+)\.json$/;
const LABELS = ['title', 'menuPath'] as const;
const OPTIONAL_FACTS = ['default', 'caveats', 'regions'] as const;

/** Each translated text of a setting, by field (`steps.web.0`…). */
const translatedTexts = (local: OverlaySetting): [string, string][] => [
  ...(['why', 'recommended', ...OPTIONAL_FACTS] as const).flatMap((field): [string, string][] => (local[field] === undefined ? [] : [[field, local[field]]])),
  ...Object.entries(local.steps).flatMap(([surface, steps]) => (steps ?? []).map((step, i): [string, string] => [`steps.${surface}.${i}`, step])),
];

function settingProblems(english: Setting, local: OverlaySetting, sources: readonly Source[], mark?: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  // The page finds an English label by the mark after it (quoted-labels.ts); one it cannot find would be spoken in the page's language.
  for (const [field, text] of mark ? translatedTexts(local) : []) {
    const marks = text.split(mark!).length - 1;
    const found = splitQuotedLabels(text, mark!).filter((part) => typeof part !== 'string').length;
    if (found < marks) problems.push({ field, message: `has ${mark} without an English label in quotation marks right before it` });
  }
  for (const [surface, steps] of Object.entries(english.steps)) {
    const translated = local.steps[surface as keyof Setting['steps']];
    if (!translated) problems.push({ field: `steps.${surface}`, message: 'is missing (the English entry gives it)' });
    else if (translated.length !== steps.length) problems.push({ field: `steps.${surface}`, message: `has ${translated.length} step(s); the English entry has ${steps.length}` });
  }
  for (const surface of Object.keys(local.steps)) {
    if (!(surface in english.steps)) problems.push({ field: `steps.${surface}`, message: 'is not in the English entry' });
  }
  for (const fact of OPTIONAL_FACTS) {
    if ((english[fact] === undefined) !== (local[fact] === undefined)) {
      problems.push({ field: fact, message: english[fact] === undefined ? 'is not in the English entry' : 'is missing (the English entry gives it)' });
    }
  }
  for (const label of LABELS) {
    const given = local[label];
    if (!given) continue;
    const urls = citedUrls(given.source);
    const missing = urls.filter((url) => !sources.some((s) => s.url === url));
    if (missing.length) {
      problems.push({ field: `${label}.source`, message: `must be listed in the file's sources (${missing.join(', ')})` });
      continue;
    }
    for (const p of evidenceProblems({ [label]: given.grade }, [label], sources.filter((s) => urls.includes(s.url)))) {
      problems.push({ field: `${label}.grade`, message: p.message });
    }
  }
  return problems;
}

export interface OverlayCheck {
  overlays: Overlay[];
  problems: CatalogueProblem[];
}

/** `marks`: per locale, the words that mark an English label (the app's own `overlay.englishLabel`). */
export function checkOverlays(files: readonly CatalogueFile[], platforms: readonly Platform[], now = new Date(), marks: Readonly<Record<string, string>> = {}): OverlayCheck {
  const today = utcDate(now);
  const problems: CatalogueProblem[] = [];
  const overlays: Overlay[] = [];
  const byId = new Map(platforms.map((p) => [p.id, p]));

  for (const { file, content } of files) {
    const parsed = parseFile(file, content, overlaySchema, (_json, path) => ({ field: path.map(String).join('.') || undefined }));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const overlay = parsed.data;
    const [, locale, platformId] = PATH.exec(file) ?? [];
    if (overlay.locale !== locale || overlay.platform !== platformId) {
      problems.push({ file, message: `must sit at data/i18n/${overlay.locale}/${overlay.platform}.json` });
    }
    const platform = byId.get(overlay.platform);
    if (!platform) {
      problems.push({ file, entry: overlay.platform, message: 'names a platform that does not exist' });
      continue;
    }
    overlay.sources.forEach((source, i) => {
      if (source.date > today) problems.push({ file, field: `sources.${i}.date`, message: `is in the future (${source.date})` });
    });
    for (const [id, local] of Object.entries(overlay.settings)) {
      const english = platform.settings.find((s) => s.id === id);
      if (!english) {
        problems.push({ file, entry: id, message: `names a setting that does not exist on ${platform.name}` });
        continue;
      }
      for (const p of settingProblems(english, local, overlay.sources, marks[overlay.locale])) problems.push({ file, entry: id, ...p });
    }
    overlays.push(overlay);
  }
  return { overlays, problems };
}

export interface OverlayCoverage {
  locale: OverlayLocale;
  platforms: number;
  aiTraining: number;
  settings: number;
  /** Settings whose title is confirmed in the platform's own words in this language. */
  localTitles: number;
  localMenuPaths: number;
}

/** Per locale: platforms with an overlay, AI-training settings translated (of all live ones), labels confirmed. */
export function overlayCoverage(overlays: readonly Overlay[], platforms: readonly Platform[]): { total: { platforms: number; aiTraining: number }; locales: OverlayCoverage[] } {
  const aiTraining = new Set(platforms.flatMap((p) => p.settings.filter((s) => s.category === 'ai-training' && !s.retired).map((s) => s.id)));
  const locales = OVERLAY_LOCALES.map((locale): OverlayCoverage => {
    const mine = overlays.filter((o) => o.locale === locale);
    const settings = mine.flatMap((o) => Object.entries(o.settings));
    return {
      locale,
      platforms: mine.length,
      aiTraining: settings.filter(([id]) => aiTraining.has(id)).length,
      settings: settings.length,
      localTitles: settings.filter(([, s]) => s.title).length,
      localMenuPaths: settings.filter(([, s]) => s.menuPath).length,
    };
  });
  return { total: { platforms: platforms.length, aiTraining: aiTraining.size }, locales };
}
