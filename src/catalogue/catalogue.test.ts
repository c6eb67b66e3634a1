// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compactIndex, type CatalogueIndex } from './index-model';
import { makeSetting } from '../test/make-setting';

const { title } = makeSetting();
const english: CatalogueIndex = {
  version: '2026-11-30+abc1234',
  platforms: [{ id: 'demo', name: 'Demo', reauditDays: 90, added: '2026-01-01', settings: [makeSetting({ id: 'demo.ai' }), makeSetting({ id: 'demo.ads' })] }],
  featured: { platformId: 'demo', settingId: 'demo.ai' },
};
const german: CatalogueIndex = {
  ...english,
  locale: 'de',
  platforms: english.platforms.map((p) => ({
    ...p,
    settings: p.settings.map((s) => (s.id === 'demo.ai' ? { ...s, title: 'KI-Training', localized: { title: true } } : { ...s, localized: { title: false } })),
  })),
};

// As in the browser's build: every language's index is a file to fetch. German is there; offline, the
// service worker answers `null` for the French one it never kept.
vi.mock('virtual:catalogue', () => ({ indexes: undefined, version: '2026-11-30+abc1234' }));
vi.mock('virtual:catalogue/entries', () => ({ ids: ['demo'], entriesBase: '/catalogue/v1/', importEntries: undefined }));
const { CATALOGUE_VERSION, loadCatalogue, loadedCatalogue } = await import('./catalogue');
const served = (url: string) => {
  if (url === '/catalogue/v1/en/index.json') return Promise.resolve(Response.json(compactIndex(english)));
  if (url === '/catalogue/v1/de/index.json') return Promise.resolve(Response.json(compactIndex(german)));
  if (url === '/catalogue/v1/fr/index.json') return Promise.resolve(Response.json(null));
  return Promise.resolve(new Response('Not found', { status: 404 }));
};

describe('the catalogue’s index in the browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('knows its version at once, and is fetched once; a failed fetch is asked for again on the next call', async () => {
    expect(CATALOGUE_VERSION).toBe('2026-11-30+abc1234');
    expect(loadedCatalogue()).toBeUndefined();

    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadCatalogue()).rejects.toThrow();
    expect(loadedCatalogue()).toBeUndefined();

    const fetched = vi.fn(served);
    vi.stubGlobal('fetch', fetched);
    const loading = loadCatalogue();
    expect(loadCatalogue()).toBe(loading);
    const catalogue = await loading;
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(loadedCatalogue()).toBe(catalogue);
    expect(catalogue.platform('demo')?.name).toBe('Demo');
    expect(catalogue.setting('demo.ai')).toMatchObject({ title });
    expect(catalogue.setting('demo.ai')?.localized).toBeUndefined();
    expect(catalogue.setting('demo.gone')).toBeUndefined();
  });

  it('in German, has the confirmed German title and marks the others as English; a language it does not hold offline falls back to English, every title marked', async () => {
    vi.stubGlobal('fetch', vi.fn(served));
    const de = await loadCatalogue('de');
    expect(de.setting('demo.ai')).toMatchObject({ title: 'KI-Training', localized: { title: true } });
    expect(de.setting('demo.ads')).toMatchObject({ title, localized: { title: false } });

    const fr = await loadCatalogue('fr');
    expect(fr.locale).toBe('fr');
    expect(fr.setting('demo.ai')).toMatchObject({ title, localized: { title: false } });
    // A test pseudo-locale has no files of its own: it reads the English index, as it reads the English entries.
    expect(await loadCatalogue('en-XA')).toBe(await loadCatalogue('en'));
  });
});
