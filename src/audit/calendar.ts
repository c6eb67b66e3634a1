/**
 * Calendar dates (YYYY-MM-DD) in the person's own time zone. Re-audits fall due on a local day,
 * not at an instant: a check at 23:30 in Berlin belongs to that Berlin day, whatever UTC says.
 */

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
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
