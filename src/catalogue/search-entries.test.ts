// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchEntries } from './index-model';
import { localizePlatform } from './localize';
import { makeSetting } from '../test/make-setting';
import type { Platform } from '../schema/catalogue';
import type { Overlay } from '../schema/overlay';

const demo = { id: 'demo', name: 'Demo', reauditDays: 90, added: '2026-01-01', settings: [makeSetting({ id: 'demo.ai', aliases: ['Old name'] }), makeSetting({ id: 'demo.ads', title: 'Ad choices' })] } as unknown as Platform;
const local = { why: 'Solange das an ist, lernt die KI mit.', recommended: 'Aus', steps: { web: ['Schalte es aus.'] } };
const overlay: Overlay = {
  locale: 'de', platform: 'demo', translated: '2026-12-01', description: 'Eine Plattform.', sources: [{ url: 'https://example.com/de', publisher: 'Example', kind: 'press', date: '2026-11-01' }],
  settings: { 'demo.ai': { ...local, title: { text: 'KI-Training', source: 'https://example.com/de', grade: 'reported' } } },
};
const english = buildSearchEntries([demo]);
const german = buildSearchEntries([localizePlatform(demo, 'de', overlay)], [demo]);

// As in the browser's build: every language's file is fetched. German is there; offline, the service
// worker answers `null` for the French one it never kept.
vi.mock('virtual:catalogue/search', () => ({ searchFiles: undefined }));
vi.mock('virtual:catalogue/entries', () => ({ ids: ['demo'], entriesBase: '/catalogue/v1/', importEntries: undefined }));
const { loadSearch } = await import('./search-entries');
const { prepareSearch, searchSettings } = await import('./search');
const served = (url: string) => {
  if (url === '/catalogue/v1/en/search.json') return Promise.resolve(Response.json(english));
  if (url === '/catalogue/v1/de/search.json') return Promise.resolve(Response.json(german));
  if (url === '/catalogue/v1/fr/search.json') return Promise.resolve(Response.json(null));
  return Promise.resolve(new Response('Not found', { status: 404 }));
};
const found = (entries: Awaited<ReturnType<typeof loadSearch>>, text: string) => searchSettings(prepareSearch(entries), { text }).results.map((e) => e.title);

describe('the settings to search, in each language', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in German, finds a setting by its German words, its German label and its English one; a title left in English says so', async () => {
    vi.stubGlobal('fetch', vi.fn(served));
    const de = await loadSearch('de');
    expect(found(de, 'lernt')).toEqual(['KI-Training']);
    expect(found(de, 'KI-Training')).toEqual(['KI-Training']);
    expect(found(de, makeSetting().title)).toEqual(['KI-Training']);
    expect(found(de, 'old name')).toEqual(['KI-Training']);
    expect(de.find((e) => e.id === 'demo.ads')?.localized).toEqual({ title: false });
  });

  it('offline, in a language it does not hold, searches the English words, every title marked as English', async () => {
    vi.stubGlobal('fetch', vi.fn(served));
    const fr = await loadSearch('fr');
    expect(found(fr, 'ad choices')).toEqual(['Ad choices']);
    expect(fr.every((e) => e.localized?.title === false)).toBe(true);
  });
});
