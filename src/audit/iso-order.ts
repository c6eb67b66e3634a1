/** ISO 8601 dates and UTC timestamps sort correctly as plain strings; `localeCompare` would wake ICU's collator for nothing. */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
