/**
 * A recurring calendar of re-audits (RFC 5545): one all-day event per platform at its next due
 * date, repeating at its interval, with a morning alarm and a link back to the platform's page.
 * UIDs are stable per platform, so importing a newer file updates events instead of duplicating.
 */
import { addDays } from '../audit/calendar';

export interface CalendarEntry {
  platformId: string;
  platformName: string;
  /** YYYY-MM-DD, the next local date the platform falls due. */
  dueOn: string;
  intervalDays: number;
  /** Absolute link to the platform's page in the app. */
  url: string;
}

export interface CalendarText {
  calendarName: string;
  summary: (platformName: string) => string;
  description: (platformName: string, url: string) => string;
  alarm: (platformName: string) => string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), continuing with CRLF + space, and never
 * splitting a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF + ' ');
}

const basicDate = (isoDate: string) => isoDate.replace(/-/g, '');
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const nextDay = (isoDate: string) => addDays(isoDate, 1);

export function buildIcs(entries: readonly CalendarEntry[], text: CalendarText, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Privacy Checkup//Re-audit reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(text.calendarName)}`,
  ];
  for (const entry of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:reaudit-${entry.platformId}@privacy-checkup.local`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basicDate(entry.dueOn)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(entry.dueOn))}`,
      `RRULE:FREQ=DAILY;INTERVAL=${entry.intervalDays}`,
      `SUMMARY:${escapeText(text.summary(entry.platformName))}`,
      `DESCRIPTION:${escapeText(text.description(entry.platformName, entry.url))}`,
      `URL:${entry.url}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      // Nine in the morning of the due day (all-day events start at local midnight).
      'TRIGGER:PT9H',
      `DESCRIPTION:${escapeText(text.alarm(entry.platformName))}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
