import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('platform paths', () => {
  it('reads ids from platform paths only, and survives a malformed escape', () => {
    expect(paths.platform.idOf(paths.platform.href('a b'))).toBe('a b');
    expect(paths.platform.idOf('/platforms/%E0%A4%A')).toBeUndefined();
    expect(paths.platform.idOf('/platforms/x/extra')).toBeUndefined();
    expect(paths.platform.idOf('/report')).toBeUndefined();
  });
});
