// @vitest-environment node
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, type CalendarText } from './ics';

const text: CalendarText = {
  calendarName: 'Privacy Checkup re-audits',
  summary: (name) => `Privacy re-audit: ${name}`,
  description: (name, url) => `Time to check your ${name} privacy settings again; they change without notice. ${url}`,
  alarm: (name) => `Re-audit ${name}`,
};
const now = new Date('2026-11-23T10:00:00.000Z');
const entries = [
  { platformId: 'linkedin', platformName: 'LinkedIn', dueOn: '2027-02-21', intervalDays: 90, url: 'https://app.example/platforms/linkedin' },
  { platformId: 'x', platformName: 'X (Twitter), “Grok”', dueOn: '2027-01-22', intervalDays: 60, url: 'https://app.example/platforms/x' },
];

describe('buildIcs', () => {
  const ics = buildIcs(entries, text, now);

  it('parses back with an independent parser: all-day dates, recurrence, alarm and stable ids', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const linkedin = new ICAL.Event(events[0]!);
    expect(linkedin.uid).toBe('reaudit-linkedin@privacy-checkup.local');
    expect(linkedin.summary).toBe('Privacy re-audit: LinkedIn');
    expect(linkedin.startDate.isDate).toBe(true);
    expect(linkedin.startDate.toString()).toBe('2027-02-21');
    expect(linkedin.endDate.toString()).toBe('2027-02-22');
    const rule = events[0]!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('DAILY');
    expect(rule.interval).toBe(90);
    const next = linkedin.iterator();
    next.next();
    expect(next.next()?.toString()).toBe('2027-05-22');
    const alarm = events[0]!.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(events[0]!.getFirstPropertyValue('url')).toBe('https://app.example/platforms/linkedin');
    expect(new ICAL.Event(events[1]!).summary).toBe('Privacy re-audit: X (Twitter), “Grok”');
  });

  it('is the same file, UIDs included, when built again later (re-import updates, not duplicates)', () => {
    const again = buildIcs(entries, text, new Date('2026-12-01T10:00:00.000Z'));
    const uids = (s: string) => s.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(ics));
  });

  it('uses CRLF line ends and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = 'DESCRIPTION:' + 'a'.repeat(62) + '€€€€' + 'b'.repeat(80);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const bytes = new TextEncoder().encode(part);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(part);
    }
    // 12 + 62 = 74 octets, so the first 3-byte € does not fit on the first line.
    expect(parts[0]).toBe('DESCRIPTION:' + 'a'.repeat(62));
    expect(parts[1]!.startsWith(' €')).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
