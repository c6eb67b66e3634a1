// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compactIndex, type CatalogueIndex } from './index-model';
import { makeSetting } from '../test/make-setting';

const index: CatalogueIndex = {
  version: '2026-11-30+abc1234',
  platforms: [{ id: 'demo', name: 'Demo', reauditDays: 90, added: '2026-01-01', settings: [{ ...makeSetting({ id: 'demo.ai' }) }] }],
  featured: { platformId: 'demo', settingId: 'demo.ai' },
};

// As in the browser's build: the index is a file to fetch.
vi.mock('virtual:catalogue', () => ({ index: undefined, indexUrl: '/catalogue/v1/index.json', version: '2026-11-30+abc1234' }));
const { CATALOGUE_VERSION, loadCatalogue, loadedCatalogue } = await import('./catalogue');

describe('the catalogue’s index in the browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('knows its version at once, and is fetched once; a failed fetch is asked for again on the next call', async () => {
    expect(CATALOGUE_VERSION).toBe('2026-11-30+abc1234');
    expect(loadedCatalogue()).toBeUndefined();

    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadCatalogue()).rejects.toThrow('Failed to fetch');
    expect(loadedCatalogue()).toBeUndefined();

    const fetched = vi.fn(() => Promise.resolve(Response.json(compactIndex(index))));
    vi.stubGlobal('fetch', fetched);
    const loading = loadCatalogue();
    expect(loadCatalogue()).toBe(loading);
    const catalogue = await loading;
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(loadedCatalogue()).toBe(catalogue);
    expect(catalogue.platform('demo')?.name).toBe('Demo');
    expect(catalogue.setting('demo.ai')?.title).toBe(makeSetting({ id: 'demo.ai' }).title);
    expect(catalogue.setting('demo.gone')).toBeUndefined();
  });
});
