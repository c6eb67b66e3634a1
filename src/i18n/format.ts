import { t } from './common-messages';

/**
 * Dates and percentages are written from the messages, not through Intl: the interface is in
 * English, and "18 Sep 2025" is read the same way by every English reader. The first Intl call in
 * a page pays ICU's set-up (10–20 ms on a slow machine), on every page load, before anything shows.
 */

const MONTHS = t('date.months').split(' ');

/** Formats an ISO calendar date (YYYY-MM-DD) as that calendar day, e.g. "18 Sep 2025", whatever the time zone. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1];
  return t('date.day', { day: day ?? 1, month: name ?? '', year: year ?? 1970 });
}

/** "Nov 2025": a source's date, where the month is all a reader needs. */
export function formatMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return t('date.month', { month: MONTHS[(month ?? 1) - 1] ?? '', year: year ?? 1970 });
}

export function formatPercent(ratio: number): string {
  return t('number.percent', { percent: Math.round(ratio * 100) });
}

/** Region names do come from Intl (only where a region is chosen): made on first use. */
let regionNames: Intl.DisplayNames | undefined;

/** "DE" → "Germany", in the person's language; the code itself if the browser does not know it. */
export function regionName(code: string): string {
  try {
    return (regionNames ??= new Intl.DisplayNames(undefined, { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}
