import { describe, expect, it } from 'vitest';
import { foldText } from './fold';

describe('foldText', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Zürich')).toBe('zurich');
    expect(foldText('CRÈME Brûlée')).toBe('creme brulee');
    expect(foldText('LinkedIn')).toBe('linkedin');
  });

  it('splits compatibility characters into their plain letters', () => {
    expect(foldText('ﬁle')).toBe('file');
  });
});
