// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { Platform } from '../schema/catalogue';
import { makeSetting } from '../test/make-setting';

const english: Platform = {
  id: 'demo', name: 'Demo', description: 'A demo platform.', settingsUrl: 'https://example.com/settings', reauditDays: 90, added: '2026-01-01',
  evidence: {}, settings: [makeSetting()],
};
const german: Platform = { ...english, description: 'Eine Beispielplattform.', localized: { locale: 'de', description: true } };

// German loads; offline, the French chunk cannot be fetched, and the service worker answers for the Spanish one with an empty module.
vi.mock('virtual:catalogue/loaders', () => ({
  loaders: { demo: () => Promise.resolve({ default: english }) },
  localeLoaders: {
    de: () => Promise.resolve({ loaders: { demo: () => Promise.resolve({ default: german }) } }),
    fr: () => Promise.resolve({ loaders: { demo: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) } }),
    es: () => Promise.resolve({ loaders: { demo: () => Promise.resolve({ default: undefined }) } }),
  },
}));
const { loadPlatform } = await import('./platform-chunks');

describe('loading a platform’s entries', () => {
  it('loads the English entries, or another language’s chunk, once each', async () => {
    expect(await loadPlatform('demo')).toBe(english);
    expect(await loadPlatform('demo', 'de')).toBe(german);
    expect(loadPlatform('demo', 'de')).toBe(loadPlatform('demo', 'de'));
    expect(loadPlatform('nowhere', 'de')).toBeUndefined();
  });

  it.each(['fr', 'es'])('falls back to the English entries, marked as English, when the %s chunk is not there', async (locale) => {
    const entries = await loadPlatform('demo', locale);
    expect(entries?.description).toBe('A demo platform.');
    expect(entries?.localized).toEqual({ locale, description: false });
    expect(entries?.settings[0]?.localized).toEqual({ text: false, title: false, menuPath: false });
  });
});
