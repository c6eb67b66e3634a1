import { intervalFor, type PlatformDue } from '../audit/due';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/due-messages';
import { paths } from '../paths';
import type { Reminders } from '../schema/records';
import { buildIcs } from '../report/ics';
import { downloadFile } from './download';

/**
 * Downloads the re-audit calendar: every platform with checks at its next due date (today when
 * overdue), and every chosen platform not yet started, from today.
 */
export function exportCalendar(due: readonly PlatformDue<PlatformSummary>[], chosen: readonly PlatformSummary[], reminders: Reminders | undefined, today: string, now: Date) {
  const started = new Set(due.map((d) => d.platform.id));
  const entries = [
    ...due.map((d) => ({ platform: d.platform, dueOn: d.dueOn < today ? today : d.dueOn, intervalDays: d.intervalDays })),
    ...chosen.filter((p) => !started.has(p.id)).map((p) => ({ platform: p, dueOn: today, intervalDays: intervalFor(p, reminders) })),
  ].map(({ platform, dueOn, intervalDays }) => ({
    platformId: platform.id,
    platformName: platform.name,
    dueOn,
    intervalDays,
    url: new URL(paths.platform.href(platform.id), window.location.origin).href,
  }));
  const ics = buildIcs(
    entries,
    {
      calendarName: t('ics.name'),
      summary: (platform) => t('ics.summary', { platform }),
      description: (platform, url) => t('ics.description', { platform, url }),
      alarm: (platform) => t('ics.alarm', { platform }),
    },
    now,
  );
  downloadFile('privacy-checkup-reaudits.ics', 'text/calendar;charset=utf-8', ics);
}
