import { describe, expect, it } from 'vitest';
import { compareSteps, nextBestStep, stepQueue } from './next-step';

const item = (id: string, priority: 'high' | 'medium' | 'low', effortMinutes: number, extra = {}) => ({
  id, priority, effortMinutes, updated: '2026-11-01', ...extra,
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
    const only = [item('p.old', 'high', 1, { retired: { date: '2026-10-01' } }), item('p.eu', 'high', 1, { regionsOnly: ['EEA'] })];
    expect(nextBestStep(only, {}, 'US')).toBeUndefined();
    expect(nextBestStep(only, {}, 'FR')?.id).toBe('p.eu');
  });
});

describe('stepQueue', () => {
  it('lists every open item by priority, then effort, ties in catalogue order', () => {
    const list = [item('p.b', 'high', 2), item('p.low', 'low', 1), item('p.a', 'high', 2), item('p.med', 'medium', 1), item('p.first', 'high', 1)];
    expect(stepQueue(list, {}).map((s) => s.id)).toEqual(['p.first', 'p.b', 'p.a', 'p.med', 'p.low']);
  });

  it('leaves out what is settled and keeps skipped items, and its head is nextBestStep', () => {
    const list = [item('p.a', 'high', 1), item('p.b', 'high', 3), item('p.c', 'medium', 1)];
    const checks = { 'p.a': { status: 'done' as const, at }, 'p.c': { status: 'skipped' as const, at } };
    expect(stepQueue(list, checks).map((s) => s.id)).toEqual(['p.b', 'p.c']);
    expect(nextBestStep(list, checks)).toBe(stepQueue(list, checks)[0]);
  });
});

describe('compareSteps', () => {
  it('orders by priority before effort, and calls equal items a tie', () => {
    expect(compareSteps({ priority: 'high', effortMinutes: 9 }, { priority: 'medium', effortMinutes: 1 })).toBeLessThan(0);
    expect(compareSteps({ priority: 'low', effortMinutes: 1 }, { priority: 'low', effortMinutes: 2 })).toBeLessThan(0);
    expect(compareSteps({ priority: 'low', effortMinutes: 2 }, { priority: 'low', effortMinutes: 2 })).toBe(0);
  });
});
