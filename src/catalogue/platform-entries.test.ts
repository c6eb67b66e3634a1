// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../schema/catalogue';
import { makeSetting } from '../test/make-setting';

const english: Platform = {
  id: 'demo', name: 'Demo', description: 'A demo platform.', settingsUrl: 'https://example.com/settings', reauditDays: 90, added: '2026-01-01',
  evidence: {}, settings: [makeSetting()],
};
const german: Platform = { ...english, description: 'Eine Beispielplattform.', localized: { locale: 'de', description: true } };

// As in the browser's build: the entries are files to fetch.
vi.mock('virtual:catalogue/entries', () => ({ ids: ['demo'], entriesBase: '/catalogue/v1/', importEntries: undefined }));
const { entriesUrl, loadPlatform } = await import('./platform-entries');

// German is there; offline, the French file cannot be fetched (no service worker), and the service worker answers `null` for
// the Spanish one.
const served = (url: string): Promise<Response> => {
  if (url === '/catalogue/v1/en/demo.json') return Promise.resolve(Response.json(english));
  if (url === '/catalogue/v1/de/demo.json') return Promise.resolve(Response.json(german));
  if (url === '/catalogue/v1/fr/demo.json') return Promise.reject(new TypeError('Failed to fetch'));
  if (url === '/catalogue/v1/es/demo.json') return Promise.resolve(Response.json(null));
  return Promise.resolve(new Response('Not found', { status: 404 }));
};

describe('loading a platform’s entries', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the English entries, or another language’s file, once each', async () => {
    const fetched = vi.fn(served);
    vi.stubGlobal('fetch', fetched);
    expect(await loadPlatform('demo')).toEqual(english);
    expect(await loadPlatform('demo', 'de')).toEqual(german);
    expect(loadPlatform('demo', 'de')).toBe(loadPlatform('demo', 'de'));
    expect(loadPlatform('nowhere', 'de')).toBeUndefined();
    expect(fetched.mock.calls.map(([url]) => url)).toEqual(['/catalogue/v1/en/demo.json', '/catalogue/v1/de/demo.json']);
    expect(entriesUrl('demo', 'de')).toBe('/catalogue/v1/de/demo.json');
  });

  it('gives a language without overlays (a test pseudo-locale) the English entries, from the English file', async () => {
    const fetched = vi.fn(served);
    vi.stubGlobal('fetch', fetched);
    expect(entriesUrl('demo', 'en-XA')).toBe('/catalogue/v1/en/demo.json');
    expect(await loadPlatform('demo', 'en-XA')).toEqual(english);
  });

  it.each(['fr', 'es'])('falls back to the English entries, marked as English, when the %s file is not there', async (locale) => {
    vi.stubGlobal('fetch', vi.fn(served));
    const entries = await loadPlatform('demo', locale);
    expect(entries?.description).toBe('A demo platform.');
    expect(entries?.localized).toEqual({ locale, description: false });
    expect(entries?.settings[0]?.localized).toEqual({ text: false, title: false, menuPath: false });
  });
});
