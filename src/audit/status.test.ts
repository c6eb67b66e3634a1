import { describe, expect, it } from 'vitest';
import { isComplete, needsAction, statusOf, type EffectiveStatus } from './status';

const at = '2026-11-23T10:00:00.000Z';
const done = { status: 'done' as const, at };

describe('statusOf', () => {
  it('is open with no decision, and the decision itself otherwise', () => {
    expect(statusOf({}, undefined, undefined)).toBe('open');
    expect(statusOf({}, done, undefined)).toBe('done');
    expect(statusOf({}, { status: 'submitted', at }, 'FR')).toBe('submitted');
  });

  it('re-opens a decision made before the entry changed, and only then', () => {
    expect(statusOf({ updated: '2026-12-01' }, done, undefined)).toBe('changed');
    expect(statusOf({ updated: '2026-11-23' }, done, undefined)).toBe('done');
    expect(statusOf({ updated: '2026-12-01' }, undefined, undefined)).toBe('open');
  });

  it('puts the region first: a setting that does not exist where the person lives is not-in-region, decided, changed or not', () => {
    const usOnly = { regionsOnly: ['US'], updated: '2026-12-01' };
    expect(statusOf(usOnly, undefined, 'FR')).toBe('not-in-region');
    expect(statusOf(usOnly, done, 'FR')).toBe('not-in-region');
    expect(statusOf({ regionsNotApplicable: ['EU'] }, done, 'DE')).toBe('not-in-region');
    expect(statusOf(usOnly, done, 'US')).toBe('changed');
    expect(statusOf(usOnly, done, undefined)).toBe('changed');
  });
});

describe('isComplete and needsAction', () => {
  const all: EffectiveStatus[] = ['done', 'submitted', 'skipped', 'not-applicable', 'not-in-region', 'changed', 'open'];
  it('count done, not applicable and not in region as complete', () => {
    expect(all.filter(isComplete)).toEqual(['done', 'not-applicable', 'not-in-region']);
    expect(isComplete(undefined)).toBe(false);
  });

  it('ask for action on open, skipped and changed; a form awaiting its reply is neither', () => {
    expect(all.filter(needsAction)).toEqual(['skipped', 'changed', 'open']);
    expect(isComplete('submitted') || needsAction('submitted')).toBe(false);
  });
});
