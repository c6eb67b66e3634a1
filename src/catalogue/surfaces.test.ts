import { describe, expect, it } from 'vitest';
import { orderedSurfaces, surfaceOf } from './surfaces';

describe('device-first steps', () => {
  it('recognises phones from the user agent', () => {
    expect(surfaceOf('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)')).toBe('ios');
    expect(surfaceOf('Mozilla/5.0 (Linux; Android 15; Pixel 9)')).toBe('android');
    expect(surfaceOf('Mozilla/5.0 (X11; Linux x86_64) Chrome/156')).toBe('desktop');
  });

  it('puts the person’s own device first and drops surfaces without steps', () => {
    const steps = { web: ['a'], ios: ['b'], android: ['c'] };
    expect(orderedSurfaces(steps, 'android')).toEqual(['android', 'web', 'ios']);
    expect(orderedSurfaces({ web: ['a'] }, 'ios')).toEqual(['web']);
  });

  it('on a computer, puts a program’s own steps first and the website’s next', () => {
    expect(orderedSurfaces({ web: ['a'], desktop: ['b'], android: ['c'] }, 'desktop')).toEqual(['desktop', 'web', 'android']);
    expect(orderedSurfaces({ web: ['a'], ios: ['b'] }, 'desktop')).toEqual(['web', 'ios']);
  });
});
