/**
 * Text search and filters across every platform's settings. Pure: entries in, results out.
 * Every word typed must start a word of the entry's title, older labels, why, category or
 * platform name, so "AI" finds "Generative AI" and "AI training" but not "maintain".
 */
import type { Category, Priority, Setting } from '../schema/catalogue';
import { foldText } from './fold';

/** What search needs of a live setting: the full entry's own fields, picked, plus where it lives. */
export type SearchEntry = Pick<Setting, 'id' | 'kind' | 'title' | 'why' | 'category' | 'priority' | 'effortMinutes'> & {
  platformId: string;
  platformName: string;
  /** The entry's older labels (`aliases`), always a list here; in another language, its English label first. */
  aliases: readonly string[];
  /** In another language's file: whether the title is the platform's own label there (else the English one). */
  localized?: { title: boolean };
};

export interface PreparedEntry {
  entry: SearchEntry;
  words: readonly string[];
}

export interface SearchQuery {
  text: string;
  category?: Category;
  priority?: Priority;
}

export interface SearchResult {
  results: SearchEntry[];
  /** Matches per category and per priority for the text typed, before those filters apply. */
  categoryCounts: Partial<Record<Category, number>>;
  priorityCounts: Partial<Record<Priority, number>>;
}

const words = (text: string) =>
  foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Tokenises once, so each keystroke only compares prefixes. */
export function prepareSearch(entries: readonly SearchEntry[]): PreparedEntry[] {
  return entries.map((entry) => ({
    entry,
    words: [...new Set(words([entry.title, ...entry.aliases, entry.why, entry.category.replace('-', ' '), entry.platformName].join(' ')))],
  }));
}

export function searchSettings(prepared: readonly PreparedEntry[], query: SearchQuery): SearchResult {
  const wanted = words(query.text);
  const categoryCounts: Partial<Record<Category, number>> = {};
  const priorityCounts: Partial<Record<Priority, number>> = {};
  const results: SearchEntry[] = [];
  for (const { entry, words: have } of prepared) {
    if (!wanted.every((w) => have.some((h) => h.startsWith(w)))) continue;
    categoryCounts[entry.category] = (categoryCounts[entry.category] ?? 0) + 1;
    priorityCounts[entry.priority] = (priorityCounts[entry.priority] ?? 0) + 1;
    if (query.category && entry.category !== query.category) continue;
    if (query.priority && entry.priority !== query.priority) continue;
    results.push(entry);
  }
  return { results, categoryCounts, priorityCounts };
}
