import { describe, expect, it } from 'vitest';
import { progressByCategory, progressOf } from './progress';

const settings = (...ids: string[]) => ids.map((id) => ({ id }));
const at = '2026-11-23T10:00:00.000Z';

describe('progressOf', () => {
  it('counts done and not applicable as complete, and leaves skipped open', () => {
    const progress = progressOf(settings('p.a', 'p.b', 'p.c', 'p.d'), {
      'p.a': { status: 'done', at },
      'p.b': { status: 'not-applicable', at },
      'p.c': { status: 'skipped', at },
    });
    expect(progress).toEqual({ done: 1, submitted: 0, notApplicable: 1, skipped: 1, open: 2, total: 4, ratio: 0.5, complete: 2 });
  });

  it('leaves retired settings out of the total', () => {
    const progress = progressOf([...settings('p.a'), { id: 'p.old', retired: { date: '2026-10-01' } }], { 'p.a': { status: 'done', at } });
    expect(progress.total).toBe(1);
    expect(progress.ratio).toBe(1);
  });

  it('ignores checks of settings not in the list and reports 0 for an empty list', () => {
    expect(progressOf([], { 'p.a': { status: 'done', at } })).toMatchObject({ total: 0, ratio: 0, open: 0 });
  });
});

describe('progressOf with catalogue updates', () => {
  it('re-opens a setting whose entry changed after it was checked', () => {
    const list = [{ id: 'p.a', updated: '2026-12-10' }, { id: 'p.b', updated: '2026-11-01' }];
    const checks = { 'p.a': { status: 'done' as const, at: '2026-11-23T10:00:00.000Z' }, 'p.b': { status: 'done' as const, at: '2026-11-23T10:00:00.000Z' } };
    expect(progressOf(list, checks)).toMatchObject({ done: 1, open: 1, total: 2 });
  });
});

describe('progressOf with forms and regions', () => {
  it('keeps a submitted form open until it is done', () => {
    expect(progressOf(settings('p.form'), { 'p.form': { status: 'submitted', at } })).toMatchObject({ submitted: 1, open: 1, ratio: 0 });
  });

  it('counts a setting that does not exist in the person’s region as not applicable', () => {
    const list = [{ id: 'p.eu-form', regionsOnly: ['EEA', 'GB'] }, ...settings('p.b')];
    expect(progressOf(list, {}, 'US')).toMatchObject({ notApplicable: 1, open: 1, ratio: 0.5 });
    expect(progressOf(list, {}, 'FR')).toMatchObject({ notApplicable: 0, open: 2 });
    expect(progressOf(list, {})).toMatchObject({ notApplicable: 0, open: 2 });
  });
});

describe('progressByCategory', () => {
  it('applies progressOf per category, in catalogue category order, leaving out empty categories', () => {
    const list = [
      { id: 'p.ads', category: 'ads' as const },
      { id: 'p.ai1', category: 'ai-training' as const },
      { id: 'p.ai2', category: 'ai-training' as const },
      { id: 'p.old', retired: { date: '2026-10-01' }, category: 'security' as const },
    ];
    const rows = progressByCategory(list, { 'p.ai1': { status: 'done', at }, 'p.ads': { status: 'skipped', at } });
    expect(rows.map((r) => r.category)).toEqual(['ai-training', 'ads']);
    expect(rows[0]!.progress).toEqual(progressOf(list.slice(1, 3), { 'p.ai1': { status: 'done', at } }));
    expect(rows[1]!.progress).toMatchObject({ skipped: 1, open: 1, ratio: 0 });
  });
});
