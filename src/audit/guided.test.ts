import { describe, expect, it } from 'vitest';
import { planSession, summariseSession } from './guided';

const item = (id: string, effortMinutes: number) => ({ id, effortMinutes });

describe('planSession', () => {
  it('takes items in queue order while they fit in the budget', () => {
    const queue = [item('a', 2), item('b', 3), item('c', 4), item('d', 1)];
    expect(planSession(queue, 10).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(planSession(queue, 6).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('stops at the first item that does not fit rather than reordering the queue', () => {
    expect(planSession([item('a', 5), item('b', 8), item('c', 1)], 10).map((i) => i.id)).toEqual(['a']);
  });

  it('always offers at least the first item, however long; nothing for an empty queue', () => {
    expect(planSession([item('long', 30)], 10).map((i) => i.id)).toEqual(['long']);
    expect(planSession([], 10)).toEqual([]);
  });
});

describe('summariseSession', () => {
  it('counts each decision once, and done plus not applicable as dealt with', () => {
    const decisions = new Map([['a', 'done'], ['b', 'not-applicable'], ['c', 'skipped'], ['d', undefined], ['e', 'submitted']] as const);
    expect(summariseSession(decisions)).toEqual({ done: 1, notApplicable: 1, skipped: 1, submitted: 1, dealtWith: 2 });
  });

  it('is all zeros when nothing was decided', () => {
    expect(summariseSession(new Map())).toEqual({ done: 0, notApplicable: 0, skipped: 0, submitted: 0, dealtWith: 0 });
  });
});
