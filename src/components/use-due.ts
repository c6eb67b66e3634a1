import { useMemo } from 'react';
import { browserTimeZone, localDate } from '../audit/calendar';
import { dueDates } from '../audit/due';
import { useAppStore } from '../store/hooks';
import { useRenderClock } from './use-hydrated';
import { useCatalogue } from './use-catalogue';

let zone: string | undefined;
/** Looked up on first need: a page's first Intl date format costs ICU set-up (≈20 ms on a slow machine). */
const timeZone = () => (zone ??= browserTimeZone());

/**
 * Every platform with checked settings and when it falls due, soonest first, in the person's time
 * zone. With nothing checked nothing is due, and the time zone is not looked up at all.
 */
export function useDue() {
  const checks = useAppStore((s) => s.checks);
  const reminders = useAppStore((s) => s.prefs.reminders);
  const region = useAppStore((s) => s.prefs.region);
  const now = useRenderClock();
  const { platforms } = useCatalogue();
  return useMemo(() => {
    const at = now();
    const due = Object.keys(checks).length ? dueDates(platforms, checks, reminders, at, timeZone(), region) : [];
    return { due, now: at, timeZone, today: () => localDate(at, timeZone()) };
  }, [platforms, checks, reminders, region, now]);
}
