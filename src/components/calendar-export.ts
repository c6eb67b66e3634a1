import { intervalFor, type PlatformDue } from '../audit/due';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/due-messages';
import { paths } from '../paths';
import { pathIn } from '../i18n/languages';
import { activeLocale } from '../i18n/translate';
import type { Reminders } from '../schema/records';
import { buildIcs, type CalendarEntry, type CalendarText } from '../report/ics';
import { downloadFile } from './download';

/** The calendar's words, shared by the .ics file and the add-to-calendar links. */
export const calendarText: CalendarText = {
  // Read when the file is made, so it is in the language the page is in by then.
  get calendarName() {
    return t('ics.name');
  },
  summary: (platform) => t('ics.summary', { platform }),
  description: (platform, url) => t('ics.description', { platform, url }),
  alarm: (platform) => t('ics.alarm', { platform }),
};

/** One re-audit event per platform with checks (next due date, today when overdue), plus chosen platforms not yet started, from today. */
export function calendarEntries(due: readonly PlatformDue<PlatformSummary>[], chosen: readonly PlatformSummary[], reminders: Reminders | undefined, today: string): CalendarEntry[] {
  const started = new Set(due.map((d) => d.platform.id));
  return [
    ...due.map((d) => ({ platform: d.platform, dueOn: d.dueOn < today ? today : d.dueOn, intervalDays: d.intervalDays })),
    ...chosen.filter((p) => !started.has(p.id)).map((p) => ({ platform: p, dueOn: today, intervalDays: intervalFor(p, reminders) })),
  ].map(({ platform, dueOn, intervalDays }) => ({
    platformId: platform.id,
    platformName: platform.name,
    dueOn,
    intervalDays,
    url: new URL(pathIn(activeLocale(), paths.platform.href(platform.id)), window.location.origin).href,
  }));
}

/** Downloads the re-audit calendar (.ics): one repeating all-day event per platform. */
export function exportCalendar(entries: readonly CalendarEntry[], now: Date) {
  downloadFile('privacy-checkup-reaudits.ics', 'text/calendar;charset=utf-8', buildIcs(entries, calendarText, now));
}
