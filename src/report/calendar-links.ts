/**
 * "Add to calendar" links beside the .ics file: addresses the person follows to a calendar they
 * already use, the event filled in. The app itself requests nothing; whoever runs that calendar
 * sees what the link carries (the platform's name and the link back to this app).
 */
import { addDays } from '../audit/calendar';
import type { CalendarEntry, CalendarText } from './ics';

const basicDate = (isoDate: string) => isoDate.replace(/-/g, '');

/**
 * Google Calendar's event template (`action=TEMPLATE`, documented in Google's event publisher guide):
 * an all-day event is `dates=YYYYMMDD/YYYYMMDD` with the day after as its end; `recur` takes an RRULE.
 */
export function googleCalendarLink(entry: CalendarEntry, text: Pick<CalendarText, 'summary' | 'description'>): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: text.summary(entry.platformName),
    dates: `${basicDate(entry.dueOn)}/${basicDate(addDays(entry.dueOn, 1))}`,
    details: text.description(entry.platformName, entry.url),
    recur: `RRULE:FREQ=DAILY;INTERVAL=${entry.intervalDays}`,
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/**
 * Outlook on the web's compose deep link (personal Outlook.com accounts). It fills in one all-day
 * event; it carries no repeat rule, which the page says, pointing to the .ics for that.
 */
export function outlookCalendarLink(entry: CalendarEntry, text: Pick<CalendarText, 'summary' | 'description'>): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: text.summary(entry.platformName),
    startdt: entry.dueOn,
    enddt: addDays(entry.dueOn, 1),
    allday: 'true',
    body: text.description(entry.platformName, entry.url),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}
