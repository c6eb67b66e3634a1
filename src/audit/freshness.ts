/**
 * How fresh a catalogue entry is for one person: changed since they checked it, new since their
 * last visit, or not re-verified for so long it may be out of date. Calendar dates (YYYY-MM-DD) are
 * compared with the day part of an instant; `now` always comes in as a parameter.
 */
import type { Setting } from '../schema/catalogue';
import type { CheckRecord } from '../schema/records';

export const STALE_AFTER_DAYS = 180;

const day = (instant: string) => instant.slice(0, 10);

/** The catalogue changes a person has not seen since their check; empty when nothing changed. */
export function changesSinceCheck(setting: Pick<Setting, 'updated' | 'changes'>, check: CheckRecord | undefined): NonNullable<Setting['changes']> {
  if (!check || setting.updated <= day(check.at)) return [];
  const unseen = (setting.changes ?? []).filter((change) => change.date > day(check.at));
  return unseen.length ? unseen : [{ date: setting.updated, summary: '' }];
}

/** Added to the catalogue after the person's previous visit (never "new" on a first visit). */
export function isNewSince(added: string, previousVisit: string | undefined): boolean {
  return previousVisit !== undefined && added > day(previousVisit);
}

/** Whole days from an ISO calendar date to `now`'s UTC calendar date. */
export function daysSince(isoDate: string, now: Date): number {
  return Math.floor((Date.parse(day(now.toISOString())) - Date.parse(isoDate)) / 86_400_000);
}

export function isStale(verified: string, now: Date, afterDays = STALE_AFTER_DAYS): boolean {
  return daysSince(verified, now) > afterDays;
}
