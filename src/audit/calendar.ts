/**
 * Calendar-day arithmetic, written once. Dates are ISO calendar dates (YYYY-MM-DD). Re-audits fall
 * due on a local day, not at an instant: a check at 23:30 in Berlin belongs to that Berlin day,
 * whatever UTC says (`localDate`). Catalogue dates are compared with the UTC day of an instant
 * (`isoDay`), as the catalogue's maintainers date them.
 */

const DAY_MS = 86_400_000;

/** The UTC calendar date of an ISO instant (or the date itself): its first ten characters. */
export function isoDay(instant: string): string {
  return instant.slice(0, 10);
}

/** Today's UTC calendar date. */
export function utcDate(now: Date): string {
  return isoDay(now.toISOString());
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  // One formatter per zone: due dates call this for every check, on every change.
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Adds whole days to a calendar date; done in UTC, where every day is 24 hours long. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return utcDate(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)));
}

/** Whole days from an ISO calendar date to `now`'s UTC calendar date. */
export function daysSince(isoDate: string, now: Date): number {
  return Math.floor((Date.parse(utcDate(now)) - Date.parse(isoDate)) / DAY_MS);
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
