import { describe, expect, it } from 'vitest';
import { addDays, localDate } from './calendar';
import { dueDates, intervalFor, reminderDue } from './due';

const platform = (id: string, reauditDays = 90, settings = [`${id}.a`, `${id}.b`], updated = '2026-01-01') => ({
  id, reauditDays, settings: settings.map((s) => ({ id: s, retired: false, updated })),
});
const done = (at: string) => ({ status: 'done' as const, at });

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

describe('dueDates', () => {
  const checks = { 'linkedin.a': done('2026-08-25T10:00:00Z'), 'linkedin.b': done('2026-09-10T10:00:00Z'), 'x.a': done('2026-11-01T10:00:00Z') };
  const now = new Date('2026-11-23T12:00:00Z');

  it('a platform falls due on the earliest due date of its checked settings', () => {
    const [linkedin, x] = dueDates([platform('linkedin'), platform('x')], checks, undefined, now, 'UTC');
    expect(linkedin).toMatchObject({ dueOn: '2026-11-23', overdue: true, intervalDays: 90 });
    expect(x).toMatchObject({ dueOn: '2027-01-30', overdue: false });
  });

  it('sorts soonest first and leaves out platforms with no checks', () => {
    const result = dueDates([platform('x'), platform('quiet'), platform('linkedin')], checks, undefined, now, 'UTC');
    expect(result.map((d) => d.platform.id)).toEqual(['linkedin', 'x']);
  });

  it('uses a per-platform override before the person’s default, before the platform’s suggestion', () => {
    expect(intervalFor({ id: 'x', reauditDays: 60 }, undefined)).toBe(60);
    expect(intervalFor({ id: 'x', reauditDays: 60 }, { defaultDays: 120 })).toBe(120);
    expect(intervalFor({ id: 'x', reauditDays: 60 }, { defaultDays: 120, overrides: { x: 30 } })).toBe(30);
    const [x] = dueDates([platform('x')], checks, { overrides: { x: 14 } }, now, 'UTC');
    expect(x).toMatchObject({ dueOn: '2026-11-15', overdue: true });
  });

  it('falls due on the local day: a check at 23:30 in Berlin counts from that Berlin day', () => {
    const late = { 'de.a': done('2026-08-25T21:30:00Z') }; // 23:30 in Berlin, 25 Aug
    const [berlin] = dueDates([platform('de', 90)], late, undefined, new Date('2026-11-22T23:30:00Z'), 'Europe/Berlin');
    expect(berlin).toMatchObject({ dueOn: '2026-11-23', overdue: true }); // already 23 Nov in Berlin
    const [honolulu] = dueDates([platform('de', 90)], late, undefined, new Date('2026-11-22T23:30:00Z'), 'Pacific/Honolulu');
    expect(honolulu).toMatchObject({ dueOn: '2026-11-23', overdue: false }); // still 22 Nov there
  });

  it('a setting changed since its check makes its platform due today', () => {
    const changed = platform('linkedin', 90, ['linkedin.a'], '2026-11-20');
    const [result] = dueDates([changed], { 'linkedin.a': done('2026-11-01T10:00:00Z') }, undefined, now, 'UTC');
    expect(result).toMatchObject({ dueOn: '2026-11-23', overdue: true, changed: 1 });
  });

  it('a switch known to turn itself back on is due within 90 days even on a platform checked yearly', () => {
    const yearly = { id: 'brave', reauditDays: 365, settings: [
      { id: 'brave.steady', retired: false, updated: '2026-01-01' },
      { id: 'brave.leo', retired: false, updated: '2026-01-01', volatile: true },
    ] };
    const at = done('2026-09-01T10:00:00Z');
    expect(dueDates([yearly], { 'brave.steady': at }, undefined, now, 'UTC')[0]).toMatchObject({ dueOn: '2027-09-01', intervalDays: 365 });
    expect(dueDates([yearly], { 'brave.steady': at, 'brave.leo': at }, undefined, now, 'UTC')[0]).toMatchObject({ dueOn: '2026-11-30', intervalDays: 365 });
  });
});

describe('reminderDue', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const overdue = [{ platform: 'x', intervalDays: 90, dueOn: '2026-11-20', overdue: true, changed: 0 }];
  it('shows when something is overdue, and not while snoozed', () => {
    expect(reminderDue(overdue, undefined, now, 'UTC')).toBe(true);
    expect(reminderDue(overdue, '2026-11-30', now, 'UTC')).toBe(false);
    expect(reminderDue(overdue, '2026-11-23', now, 'UTC')).toBe(true);
    expect(reminderDue([], undefined, now, 'UTC')).toBe(false);
  });
});
