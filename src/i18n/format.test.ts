import { describe, expect, it } from 'vitest';
import { formatDay, formatPercent } from './format';

describe('dates and percentages on screen', () => {
  it('writes a calendar day as day, short month and year, the same in every time zone', () => {
    expect(formatDay('2025-09-18')).toBe('18 Sep 2025');
    expect(formatDay('2026-01-01')).toBe('1 Jan 2026');
    expect(formatDay('2024-12-31')).toBe('31 Dec 2024');
  });

  it('rounds percentages to whole numbers', () => {
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(1 / 3)).toBe('33%');
    expect(formatPercent(1)).toBe('100%');
  });
});
