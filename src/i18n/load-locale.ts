import { missingFeatures, setWords, type Table } from './translate';

// Lazy: each JSON file is its own chunk, fetched only when its locale and feature are wanted.
// (Kept apart from translate.ts, which the build's own Node scripts import without Vite.)
const files = import.meta.glob<Table>('./locales/*/*.json', { import: 'default' });

/** The language the page is in, chosen at once (from the URL) while its words are still on their way. */
let wanted = 'en';

/**
 * Fetches the wanted language's words for every feature evaluated so far, then makes them active. Call
 * it again after a page's code loads (its messages module registers its feature) to fetch its words.
 * A locale without files (English, or a test's pseudo-locale) falls back to English for what it lacks.
 */
async function loadWords(): Promise<void> {
  const locale = wanted;
  const loaded = await Promise.all(
    missingFeatures(locale).map(async (feature) => [feature, (await files[`./locales/${locale}/${feature}.json`]?.()) ?? {}] as const),
  );
  if (locale === wanted) setWords(locale, new Map(loaded));
}

/** Chooses the language and loads its words (see `loadWords`). */
export function loadLocale(locale: string): Promise<void> {
  wanted = locale;
  return loadWords();
}

/** A lazily loaded module, handed over once its words (its messages module registered itself) are in too. */
export async function withWords<T>(loading: Promise<T>): Promise<T> {
  const loaded = await loading;
  await loadWords();
  return loaded;
}
