import { describe, expect, it } from 'vitest';
import { googleCalendarLink, outlookCalendarLink } from './calendar-links';

const entry = { platformId: 'linkedin', platformName: 'LinkedIn & co', dueOn: '2026-12-31', intervalDays: 90, url: 'https://app.example/platforms/linkedin' };
const text = { summary: (p: string) => `Privacy re-audit: ${p}`, description: (p: string, url: string) => `Check ${p} again: ${url}` };

describe('add-to-calendar links', () => {
  it('Google: an all-day event on the due day, repeating at the interval, with the link back', () => {
    const url = new URL(googleCalendarLink(entry, text));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Privacy re-audit: LinkedIn & co',
      dates: '20261231/20270101',
      details: 'Check LinkedIn & co again: https://app.example/platforms/linkedin',
      recur: 'RRULE:FREQ=DAILY;INTERVAL=90',
    });
  });

  it('Outlook: one all-day event on the due day, the name escaped', () => {
    const url = new URL(outlookCalendarLink(entry, text));
    expect(url.hostname).toBe('outlook.live.com');
    expect(url.searchParams.get('subject')).toBe('Privacy re-audit: LinkedIn & co');
    expect([url.searchParams.get('startdt'), url.searchParams.get('enddt'), url.searchParams.get('allday')]).toEqual(['2026-12-31', '2027-01-01', 'true']);
    expect(url.href).not.toContain('LinkedIn & co');
  });
});
