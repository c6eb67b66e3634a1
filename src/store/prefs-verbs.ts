/** The verbs that change preferences: chosen platforms, region, theme and re-audit reminders. */
import type { Prefs, Reminders } from '../schema/records';
import type { AppState, VerbContext } from './app-state';
import { keys } from './keys';

type PrefsVerbs = Pick<AppState,
  'choosePlatforms' | 'chooseRegion' | 'chooseTheme' | 'setInterval' | 'snoozeReminders' | 'setNotifications' | 'markNotified'>;

export function prefsVerbs({ set, get, repo }: VerbContext): PrefsVerbs {
  const savePrefs = async (prefs: Prefs) => {
    set({ prefs });
    await repo.save([keys.prefs(get().profile)]);
  };

  /** Sets one preference, or removes it when `value` is undefined. */
  const setPref = async <K extends keyof Prefs>(name: K, value: Prefs[K] | undefined) => {
    if (!get().hydrated) return;
    const prefs = { ...get().prefs };
    if (value === undefined) delete prefs[name];
    else prefs[name] = value;
    await savePrefs(prefs);
  };

  const updateReminders = async (reminders: Reminders) => {
    if (!get().hydrated) return;
    // Undefined fields would survive structured cloning as explicit keys; drop them.
    const clean = Object.fromEntries(Object.entries(reminders).filter(([, v]) => v !== undefined));
    await savePrefs({ ...get().prefs, reminders: clean });
  };

  return {
    async choosePlatforms(platformIds) {
      if (!get().hydrated) return;
      await savePrefs({ ...get().prefs, platforms: [...new Set(platformIds)] });
    },

    chooseRegion: (region) => setPref('region', region),
    chooseTheme: (theme) => setPref('theme', theme),

    setInterval(platformId, days) {
      const reminders = get().prefs.reminders ?? {};
      if (platformId === undefined) return updateReminders({ ...reminders, defaultDays: days });
      const overrides = { ...reminders.overrides };
      if (days === undefined) delete overrides[platformId];
      else overrides[platformId] = days;
      return updateReminders({ ...reminders, overrides });
    },

    snoozeReminders: (until) => updateReminders({ ...get().prefs.reminders, snoozedUntil: until }),
    setNotifications: (on) => updateReminders({ ...get().prefs.reminders, notifications: on }),
    markNotified: (day) => updateReminders({ ...get().prefs.reminders, lastNotified: day }),
  };
}
