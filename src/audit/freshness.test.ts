import { describe, expect, it } from 'vitest';
import { daysSince } from './calendar';
import { changesSinceCheck, isDueForRecheck, isNewSince } from './freshness';

const check = (at: string) => ({ status: 'done' as const, at });

describe('changesSinceCheck', () => {
  const setting = {
    updated: '2026-12-10',
    changes: [
      { date: '2026-10-01', summary: 'Renamed' },
      { date: '2026-12-10', summary: 'Moved to Data privacy' },
    ],
  };

  it('lists only the changes made after the check', () => {
    expect(changesSinceCheck(setting, check('2026-11-23T10:00:00.000Z'))).toEqual([{ date: '2026-12-10', summary: 'Moved to Data privacy' }]);
  });

  it('is empty when the check is as new as the entry, or there is no check', () => {
    expect(changesSinceCheck(setting, check('2026-12-10T08:00:00.000Z'))).toEqual([]);
    expect(changesSinceCheck(setting, undefined)).toEqual([]);
  });

  it('still reports a change when the entry was updated without a changes line', () => {
    expect(changesSinceCheck({ updated: '2026-12-10' }, check('2026-11-23T10:00:00.000Z'))).toEqual([{ date: '2026-12-10', summary: '' }]);
  });
});

describe('isNewSince', () => {
  it('marks entries added after the previous visit, and nothing on a first visit', () => {
    expect(isNewSince('2026-12-01', '2026-11-23T10:00:00.000Z')).toBe(true);
    expect(isNewSince('2026-11-23', '2026-11-23T10:00:00.000Z')).toBe(false);
    expect(isNewSince('2026-12-01', undefined)).toBe(false);
  });
});

describe('isDueForRecheck', () => {
  const now = new Date('2026-11-23T10:00:00.000Z');
  it('flags entries a maintainer last checked more than 180 days before now', () => {
    expect(daysSince('2026-05-27', now)).toBe(180);
    expect(isDueForRecheck({ checked: '2026-05-27' }, now)).toBe(false);
    expect(isDueForRecheck({ checked: '2026-05-26' }, now)).toBe(true);
  });

  it('gives switches known to move 90 days', () => {
    expect(isDueForRecheck({ checked: '2026-08-25', volatile: true }, now)).toBe(false);
    expect(isDueForRecheck({ checked: '2026-08-24', volatile: true }, now)).toBe(true);
    expect(isDueForRecheck({ checked: '2026-08-24' }, now)).toBe(false);
  });

  it('counts across a leap day', () => {
    expect(daysSince('2028-02-28', new Date('2028-03-01T00:00:00.000Z'))).toBe(2);
  });
});
