/** Dates and numbers go through Intl, in the person's own locale. */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** Formats an ISO calendar date (YYYY-MM-DD) as that calendar day, whatever the time zone. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateFormat.format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

const regionNames = new Intl.DisplayNames(undefined, { type: 'region' });

/** "DE" → "Germany", in the person's language; the code itself if the browser does not know it. */
export function regionName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
