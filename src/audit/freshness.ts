/**
 * How fresh a catalogue entry is for one person: changed since they checked it, new since their
 * last visit, or not re-checked by a maintainer for so long it may be out of date. Calendar dates (YYYY-MM-DD) are
 * compared with the day part of an instant (calendar.ts); `now` always comes in as a parameter.
 */
import type { Setting } from '../schema/catalogue';
import { RECHECK_DAYS, VOLATILE_RECHECK_DAYS } from '../schema/constants';
import type { CheckRecord } from '../schema/records';
import { daysSince, isoDay } from './calendar';

/** The catalogue changes a person has not seen since their check; empty when nothing changed. */
export function changesSinceCheck(setting: Pick<Setting, 'updated' | 'changes'>, check: CheckRecord | undefined): NonNullable<Setting['changes']> {
  if (!check || setting.updated <= isoDay(check.at)) return [];
  const unseen = (setting.changes ?? []).filter((change) => change.date > isoDay(check.at));
  return unseen.length ? unseen : [{ date: setting.updated, summary: '' }];
}

/** Added to the catalogue after the person's previous visit (never "new" on a first visit). */
export function isNewSince(added: string, previousVisit: string | undefined): boolean {
  return previousVisit !== undefined && added > isoDay(previousVisit);
}

/** Days a maintainer's check stays good: shorter for switches known to move or turn themselves back on. */
function recheckWindow(setting: Pick<Setting, 'volatile'>): number {
  return setting.volatile ? VOLATILE_RECHECK_DAYS : RECHECK_DAYS;
}

/**
 * "May be out of date": the maintainers' last check is older than the entry's window. How old its
 * sources are does not matter: an old help page that still says the same thing is still right.
 */
export function isDueForRecheck(setting: Pick<Setting, 'checked' | 'volatile'>, now: Date): boolean {
  return daysSince(setting.checked, now) > recheckWindow(setting);
}
