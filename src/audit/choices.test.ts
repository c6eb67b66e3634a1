import { describe, expect, it } from 'vitest';
import { statusesFor } from './choices';

describe('the decisions on offer', () => {
  it('offer "sent, awaiting reply" for request forms only', () => {
    expect(statusesFor('form')).toEqual(['done', 'submitted', 'skipped', 'not-applicable']);
    expect(statusesFor('toggle')).toEqual(['done', 'skipped', 'not-applicable']);
    expect(statusesFor('none')).toEqual(['done', 'skipped', 'not-applicable']);
  });
});
