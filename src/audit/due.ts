/**
 * When each platform falls due for a re-audit. Derived, never stored: a setting falls due one
 * interval after it was checked (as local calendar dates; at most 90 days for a volatile one), and a platform falls due on the earliest
 * date any of its checked settings does — or today, when a setting changed since it was checked
 * (`statusOf`). A setting that does not exist in the person's region is not re-audited.
 */
import { VOLATILE_RECHECK_DAYS } from '../schema/constants';
import type { Setting } from '../schema/catalogue';
import type { CheckRecord } from '../schema/records';
import { addDays, localDate } from './calendar';
import { compareIso } from './iso-order';
import { statusOf } from './status';

const DEFAULT_INTERVAL_DAYS = 90;

export interface ReminderPrefs {
  /** The person's own default; absent means each platform's suggested interval. */
  defaultDays?: number;
  overrides?: Readonly<Record<string, number>>;
}

export interface DuePlatform {
  id: string;
  reauditDays: number;
  settings: readonly { id: string; retired?: Setting['retired']; updated: string; volatile?: boolean; regionsNotApplicable?: readonly string[]; regionsOnly?: readonly string[] }[];
}

export interface PlatformDue<P> {
  platform: P;
  intervalDays: number;
  /** The local date the platform falls due. */
  dueOn: string;
  overdue: boolean;
  /** Settings that changed in the catalogue since the person checked them. */
  changed: number;
}

export function intervalFor(platform: { id: string; reauditDays: number }, prefs: ReminderPrefs | undefined): number {
  const override = prefs?.overrides && Object.hasOwn(prefs.overrides, platform.id) ? prefs.overrides[platform.id] : undefined;
  return override ?? prefs?.defaultDays ?? platform.reauditDays ?? DEFAULT_INTERVAL_DAYS;
}

/**
 * Every platform with at least one checked setting, soonest due first. `overdue` means due today
 * or earlier in the person's time zone. `region` leaves out settings that do not exist there.
 */
export function dueDates<P extends DuePlatform>(
  platforms: readonly P[],
  checks: Readonly<Record<string, CheckRecord>>,
  prefs: ReminderPrefs | undefined,
  now: Date,
  timeZone: string,
  region?: string,
): PlatformDue<P>[] {
  const today = localDate(now, timeZone);
  const result: PlatformDue<P>[] = [];
  for (const platform of platforms) {
    const intervalDays = intervalFor(platform, prefs);
    let dueOn: string | undefined;
    let changed = 0;
    for (const setting of platform.settings) {
      const check = checks[setting.id];
      if (!check || setting.retired) continue;
      const status = statusOf(setting, check, region);
      if (status === 'not-in-region') continue;
      // A switch known to turn itself back on is looked at again within 90 days, whatever the platform's interval.
      const days = setting.volatile ? Math.min(intervalDays, VOLATILE_RECHECK_DAYS) : intervalDays;
      let settingDue = addDays(localDate(new Date(check.at), timeZone), days);
      if (status === 'changed') {
        changed++;
        if (settingDue > today) settingDue = today;
      }
      if (!dueOn || settingDue < dueOn) dueOn = settingDue;
    }
    if (dueOn) result.push({ platform, intervalDays, dueOn, overdue: dueOn <= today, changed });
  }
  return result.sort((a, b) => compareIso(a.dueOn, b.dueOn));
}

/** Whether the in-app reminder should show: something is due and the person has not snoozed past today. */
export function reminderDue(due: readonly PlatformDue<unknown>[], snoozedUntil: string | undefined, now: Date, timeZone: string): boolean {
  return due.some((d) => d.overdue) && !(snoozedUntil && snoozedUntil > localDate(now, timeZone));
}
