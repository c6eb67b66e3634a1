import { describe, expect, it } from 'vitest';
import { chosenPlatforms } from './chosen';

const platforms = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('chosenPlatforms', () => {
  it('keeps the chosen platforms in catalogue order, whatever order they were chosen in', () => {
    expect(chosenPlatforms(platforms, ['c', 'a']).map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('drops ids the catalogue no longer has, and has none before a first choice', () => {
    expect(chosenPlatforms(platforms, ['gone', 'b']).map((p) => p.id)).toEqual(['b']);
    expect(chosenPlatforms(platforms, undefined)).toEqual([]);
    expect(chosenPlatforms(platforms, [])).toEqual([]);
  });
});
