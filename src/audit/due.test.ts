import { describe, expect, it } from 'vitest';
import { dueDates, intervalFor, reminderDue } from './due';

const platform = (id: string, reauditDays = 90, settings = [`${id}.a`, `${id}.b`], updated = '2026-01-01') => ({
  id, reauditDays, settings: settings.map((s) => ({ id: s, updated })),
});
const done = (at: string) => ({ status: 'done' as const, at });

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

  // Issue 15: due dates used to ignore the region, so a changed setting that does not exist where
  // the person lives made its platform due today while the report listed it as "not in your
  // region". The report's rule (statusOf) wins: such a setting is not re-audited at all.
  it('leaves out settings that do not exist in the person’s region, changed or not', () => {
    const mixed = { id: 'meta', reauditDays: 90, settings: [
      { id: 'meta.us', updated: '2026-11-20', regionsOnly: ['US'] },
      { id: 'meta.all', updated: '2026-01-01' },
    ] };
    const decided = { 'meta.us': done('2026-08-01T10:00:00Z'), 'meta.all': done('2026-11-01T10:00:00Z') };
    expect(dueDates([mixed], decided, undefined, now, 'UTC', 'FR')[0]).toMatchObject({ dueOn: '2027-01-30', overdue: false, changed: 0 });
    expect(dueDates([mixed], decided, undefined, now, 'UTC', 'US')[0]).toMatchObject({ dueOn: '2026-10-30', overdue: true, changed: 1 });
    expect(dueDates([mixed], decided, undefined, now, 'UTC')[0]).toMatchObject({ changed: 1 });
    expect(dueDates([mixed], { 'meta.us': decided['meta.us'] }, undefined, now, 'UTC', 'FR')).toEqual([]);
  });

  it('a switch known to turn itself back on is due within 90 days even on a platform checked yearly', () => {
    const yearly = { id: 'brave', reauditDays: 365, settings: [
      { id: 'brave.steady', updated: '2026-01-01' },
      { id: 'brave.leo', updated: '2026-01-01', volatile: true },
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
