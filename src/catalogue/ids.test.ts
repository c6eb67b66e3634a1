import { describe, expect, it } from 'vitest';
import { platformIdOf } from './ids';

describe('platformIdOf', () => {
  it('reads the platform id before the first dot', () => {
    expect(platformIdOf('linkedin.ai-training')).toBe('linkedin');
    expect(platformIdOf('google.web.activity')).toBe('google');
  });

  it('takes an id without a dot as a platform id of its own', () => {
    expect(platformIdOf('orphan')).toBe('orphan');
  });
});
