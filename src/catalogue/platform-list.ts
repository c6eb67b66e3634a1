import { platformLists } from 'virtual:catalogue';
import type { PlatformList } from './pick-list';
import { localeFile } from './locale-file';

const list = localeFile('platforms', platformLists, {
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
