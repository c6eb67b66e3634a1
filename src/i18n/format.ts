import { t } from './common-messages';
import { activeLocale } from './translate';

/**
 * Dates and percentages on screen are written from the active locale's messages (its month names and
 * patterns), not through Intl: the first Intl date or number call in a page pays ICU's set-up
 * (about 37 ms, 170–190 ms on a slow phone), on every page load, before anything shows.
 */

const months = (): string[] => t('date.months').split(' ');

/** Formats an ISO calendar date (YYYY-MM-DD) as that calendar day, e.g. "18 Sep 2025", whatever the time zone. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = months()[(month ?? 1) - 1];
  return t('date.day', { day: day ?? 1, month: name ?? '', year: year ?? 1970 });
}

/** "Nov 2025": a source's date, where the month is all a reader needs. */
export function formatMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return t('date.month', { month: months()[(month ?? 1) - 1] ?? '', year: year ?? 1970 });
}

export function formatPercent(ratio: number): string {
  return t('number.percent', { percent: Math.round(ratio * 100) });
}

/** Region names do come from Intl (only where a region is chosen): made on first use. */
const regionNames = new Map<string, Intl.DisplayNames>();

/** "DE" → "Germany" (or "Deutschland"), in the page's language; the code itself if the browser does not know it. */
export function regionName(code: string): string {
  try {
    const locale = activeLocale();
    let names = regionNames.get(locale);
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const lists = new Map<string, Intl.ListFormat>();

/** "LinkedIn, Reddit and X" in the page's language (Intl, made on first use: lists are never on the first screen). */
export function formatList(items: readonly string[]): string {
  const locale = activeLocale();
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return list.format(items);
}
