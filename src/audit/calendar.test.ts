import { describe, expect, it } from 'vitest';
import { addDays, daysSince, isoDay, localDate, utcDate } from './calendar';

describe('calendar dates', () => {
  it('adds days across month ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-29', 365)).toBe('2029-02-28');
    expect(addDays('2026-12-01', 90)).toBe('2027-03-01');
  });

  it('reads an instant as the local day in the person’s time zone', () => {
    const lateEvening = new Date('2026-11-23T23:30:00Z');
    expect(localDate(lateEvening, 'UTC')).toBe('2026-11-23');
    expect(localDate(lateEvening, 'Europe/Berlin')).toBe('2026-11-24');
    expect(localDate(lateEvening, 'America/Los_Angeles')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-23T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-24');
  });

  it('is not thrown by a DST change: 90 days after a spring-forward day is still 90 calendar days', () => {
    // Europe switched to summer time on 2026-03-29; a check late that evening stays on that day.
    const check = new Date('2026-03-29T21:30:00Z'); // 23:30 CEST
    expect(localDate(check, 'Europe/Berlin')).toBe('2026-03-29');
    expect(addDays(localDate(check, 'Europe/Berlin'), 90)).toBe('2026-06-27');
    // And across the autumn change in New York (2026-11-01).
    expect(localDate(new Date('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
  });
});

describe('ISO days', () => {
  it('takes the calendar date of an instant, and leaves a date as it is', () => {
    expect(isoDay('2026-11-23T23:30:00.000Z')).toBe('2026-11-23');
    expect(isoDay('2026-11-23')).toBe('2026-11-23');
  });

  it('reads today as the UTC date, whatever the local zone', () => {
    expect(utcDate(new Date('2026-11-23T23:30:00.000Z'))).toBe('2026-11-23');
  });

  it('counts whole days from a date to now, negative for the future', () => {
    const now = new Date('2026-11-23T23:59:00.000Z');
    expect(daysSince('2026-11-23', now)).toBe(0);
    expect(daysSince('2026-11-22', now)).toBe(1);
    expect(daysSince('2026-11-24', now)).toBe(-1);
    expect(daysSince(addDays('2026-11-23', -90), now)).toBe(90);
  });
});
