import { describe, expect, it } from 'vitest';
import { nextBestStep } from './next-step';

const item = (id: string, priority: 'high' | 'medium' | 'low', effortMinutes: number, extra = {}) => ({
  id, priority, effortMinutes, retired: false, updated: '2026-11-01', ...extra,
});
const at = '2026-11-23T10:00:00.000Z';

describe('nextBestStep', () => {
  const list = [item('p.slow-high', 'high', 10), item('p.quick-medium', 'medium', 1), item('p.quick-high', 'high', 2)];

  it('picks the highest priority, then the least effort', () => {
    expect(nextBestStep(list, {})?.id).toBe('p.quick-high');
  });

  it('skips what is done or awaiting a reply, but not what was skipped', () => {
    expect(nextBestStep(list, { 'p.quick-high': { status: 'done', at } })?.id).toBe('p.slow-high');
    expect(nextBestStep(list, { 'p.quick-high': { status: 'submitted', at } })?.id).toBe('p.slow-high');
    expect(nextBestStep(list, { 'p.quick-high': { status: 'skipped', at } })?.id).toBe('p.quick-high');
  });

  it('brings back an item whose entry changed since it was done', () => {
    const changed = [item('p.a', 'high', 5, { updated: '2026-12-01' })];
    expect(nextBestStep(changed, { 'p.a': { status: 'done', at } })?.id).toBe('p.a');
  });

  it('leaves out retired items and items that do not exist in the person’s region; nothing left → undefined', () => {
    const only = [item('p.old', 'high', 1, { retired: true }), item('p.eu', 'high', 1, { regionsOnly: ['EEA'] })];
    expect(nextBestStep(only, {}, 'US')).toBeUndefined();
    expect(nextBestStep(only, {}, 'FR')?.id).toBe('p.eu');
  });
});
