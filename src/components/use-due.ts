import { useMemo } from 'react';
import { browserTimeZone, localDate } from '../audit/calendar';
import { dueDates } from '../audit/due';
import { catalogueIndex } from '../catalogue/catalogue';
import { useAppStore } from '../store/hooks';

const timeZone = browserTimeZone();

/** Every platform with checked settings and when it falls due, soonest first, in the person's time zone. */
export function useDue() {
  const checks = useAppStore((s) => s.checks);
  const reminders = useAppStore((s) => s.prefs.reminders);
  const now = useAppStore((s) => s.now);
  return useMemo(() => {
    const at = now();
    return { due: dueDates(catalogueIndex.platforms, checks, reminders, at, timeZone), today: localDate(at, timeZone), now: at, timeZone };
  }, [checks, reminders, now]);
}
