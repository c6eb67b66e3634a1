/**
 * Dates and numbers go through Intl, in the person's own locale. Each formatter is made on first
 * use: the first one in a page pays ICU's set-up, which a first visit's dashboard never needs.
 */
const lazily = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const dateFormat = lazily(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }));
const percentFormat = lazily(() => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }));
const regionNames = lazily(() => new Intl.DisplayNames(undefined, { type: 'region' }));

/** Formats an ISO calendar date (YYYY-MM-DD) as that calendar day, whatever the time zone. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateFormat().format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

export function formatPercent(ratio: number): string {
  return percentFormat().format(ratio);
}

/** "DE" → "Germany", in the person's language; the code itself if the browser does not know it. */
export function regionName(code: string): string {
  try {
    return regionNames().of(code) ?? code;
  } catch {
    return code;
  }
}
