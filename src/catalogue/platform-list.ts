import { indexes } from 'virtual:catalogue';
import { expandIndex, platformList, type PlatformList } from './index-model';
import { localeFile } from './locale-file';

// Node (the prerender, tests) and the dev server derive each language's list from the bundled index;
// the browser's build fetches `platforms.json`, which the build derives by the same rule.
const bundled = indexes && Object.fromEntries(Object.entries(indexes).map(([locale, compact]) => [locale, platformList(expandIndex(compact))]));

const list = localeFile('platforms', bundled, {
  read: (raw: PlatformList) => raw,
  // The English file standing in offline: its flagship's title is the English label, marked so.
  inEnglish: (english, locale) => ({
    ...english,
    locale,
    ...(english.featured && { featured: { ...english.featured, setting: { ...english.featured.setting, localized: { title: false } } } }),
  }),
});

/** The platform list in `locale` if it is here already; otherwise `undefined` (see `loadPlatformList`). */
export const loadedPlatformList = (locale = 'en'): PlatformList | undefined => list.loaded(locale);

/** The flagship entry and every platform to pick from, in `locale`, fetched once. */
export const loadPlatformList = (locale = 'en'): Promise<PlatformList> => list.load(locale);
