import { missingFeatures, setWords, type Locale, type Table } from './translate';

// Lazy: each JSON file is its own chunk, fetched only when its locale and feature are wanted.
// (Kept apart from translate.ts, which the build's own Node scripts import without Vite.)
const files = import.meta.glob<Table>('./locales/*/*.json', { import: 'default' });

/**
 * Makes `locale` the active language once the words of every feature evaluated so far have arrived.
 * Call it again after a page's code loads (its feature registers itself) to fetch that feature's words.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  const loaded = await Promise.all(
    missingFeatures(locale).map(async (feature) => [feature, (await files[`./locales/${locale}/${feature}.json`]?.()) ?? {}] as const),
  );
  setWords(locale, new Map(loaded));
}
