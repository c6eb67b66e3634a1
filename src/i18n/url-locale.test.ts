import { describe, expect, it } from 'vitest';
import { splitLocale } from './url-locale';

describe('the language in the address', () => {
  it('reads a locale prefix and hands the routes the rest', () => {
    expect(splitLocale('/de/platforms/linkedin')).toEqual({ locale: 'de', path: '/platforms/linkedin', basename: '/de' });
    expect(splitLocale('/fr')).toEqual({ locale: 'fr', path: '/', basename: '/fr' });
    expect(splitLocale('/es/')).toEqual({ locale: 'es', path: '/', basename: '/es' });
  });

  it('keeps English at the root, and does not take a page or an unknown language for a prefix', () => {
    expect(splitLocale('/')).toEqual({ locale: 'en', path: '/', basename: '/' });
    expect(splitLocale('/platforms/linkedin')).toEqual({ locale: 'en', path: '/platforms/linkedin', basename: '/' });
    expect(splitLocale('/en/settings')).toEqual({ locale: 'en', path: '/en/settings', basename: '/' });
    expect(splitLocale('/it/settings').locale).toBe('en');
    expect(splitLocale('/design').locale).toBe('en');
  });

  it('knows no pseudo-locale outside the browser tests’ build', () => {
    expect(splitLocale('/ar-XB/settings')).toEqual({ locale: 'en', path: '/ar-XB/settings', basename: '/' });
    expect(splitLocale('/en-XA/').locale).toBe('en');
  });
});
