import { englishWords, missingFeatures, setWords, type Table } from './translate';
import { pseudoLocale } from './pseudo-locales';
import { textDirection } from './languages';
import { fetchJson } from '../catalogue/fetch-json';
import { wordLocales, wordsBase } from 'virtual:words';

// Each JSON file is fetched only when its locale and feature are wanted. The browser's build fetches
// it as JSON from where the build wrote it (scripts/words-plugin.ts) — words are data, and stay out of
// the JavaScript a page must run; Node (the prerender, tests) and the dev server import it. (Kept apart
// from translate.ts, which the build's own Node scripts import without Vite.)
const modules = import.meta.glob<Table>('./locales/*/*.json', { import: 'default' });

async function fileOf(locale: string, feature: string): Promise<Table> {
  if (!import.meta.env.PROD || import.meta.env.SSR) return (await modules[`./locales/${locale}/${feature}.json`]?.()) ?? {};
  return wordLocales.includes(locale) ? fetchJson<Table>(`${wordsBase}${locale}/${feature}.json`) : {};
}

/** The language the page is in, chosen at once (from the URL) while its words are still on their way. */
let wanted = 'en';

/**
 * Fetches the wanted language's words for every feature evaluated so far, then makes them active. Call
 * it again after a page's code loads (its messages module registers its feature) to fetch its words.
 * A locale without files (English) falls back to English for what it lacks, and so does a feature
 * whose file failed to arrive: the page still starts, and the next call asks for that file again.
 */
async function loadWords(): Promise<void> {
  const locale = wanted;
  const settled = await Promise.allSettled(missingFeatures(locale).map(async (feature) => [feature, await wordsOf(locale, feature)] as const));
  const loaded = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  if (locale === wanted) setWords(locale, new Map(loaded));
}

/** One feature's words in `locale`: its file, or (in a build for the browser tests) made from English. */
async function wordsOf(locale: string, feature: string): Promise<Table> {
  // The flag first, so the production build drops this branch and the pseudo-words chunk with it.
  if (__PSEUDO_LOCALE__ && pseudoLocale(locale)) {
    const { pseudoTable } = await import('./pseudo-words');
    return pseudoTable(englishWords().get(feature) ?? {}, textDirection(locale) === 'rtl');
  }
  return fileOf(locale, feature);
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
