import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom';
import { catalogueChanges } from './changes';
import { makeSetting } from '../test/make-setting';
import type { Platform } from '../schema/catalogue';

const platform = (id: string, name: string, settings: Platform['settings']): Platform => ({
  id, name, description: 'd', settingsUrl: 'https://example.com/', reauditDays: 90, added: '2026-01-01', evidence: { settingsUrl: 'official' }, settings,
});
const platforms = [
  platform('linkedin', 'LinkedIn', [
    makeSetting({ id: 'linkedin.ai', title: 'Data for Generative AI Improvement', updated: '2025-11-03', changes: [
      { date: '2024-09-18', summary: 'The setting appeared.' },
      { date: '2025-11-03', summary: 'Extended to the EU & UK <members>.', source: 'https://example.com/help' },
    ] }),
  ]),
  platform('x', 'X', [makeSetting({ id: 'x.grok', title: 'Grok', updated: '2025-06-01', changes: [{ date: '2025-06-01', summary: 'Renamed.' }] })]),
];
const options = { title: 'Changes', subtitle: 'What moved', entryTitle: (c: { platformName: string; settingTitle: string }) => `${c.platformName}: ${c.settingTitle}` };

describe('the catalogue’s changes', () => {
  it('are listed newest first across platforms', () => {
    expect(catalogueChanges(platforms).map((c) => [c.date, c.settingId])).toEqual([
      ['2025-11-03', 'linkedin.ai'], ['2025-06-01', 'x.grok'], ['2024-09-18', 'linkedin.ai'],
    ]);
  });
});

describe('the Atom feed', () => {
  const xml = atomFeed(catalogueChanges(platforms), options);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');

  it('is well-formed Atom with one entry per change, its text escaped', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(3);
    expect(entries[0]!.querySelector('summary')!.textContent).toBe('Extended to the EU & UK <members>.');
    expect(xml).toContain('Extended to the EU &amp; UK &lt;members&gt;.');
    expect(entries[0]!.querySelector('link[rel="alternate"]')!.getAttribute('href')).toBe('/platforms/linkedin#linkedin.ai');
    expect(entries[0]!.querySelector('link[rel="related"]')!.getAttribute('href')).toBe('https://example.com/help');
    expect(doc.querySelector('feed > updated')!.textContent).toBe('2025-11-03T00:00:00Z');
  });

  it('gives each change an id that stays the same from build to build and differs between changes', () => {
    const ids = [...doc.querySelectorAll('entry > id')].map((e) => e.textContent);
    expect(new Set(ids).size).toBe(3);
    expect(atomFeed(catalogueChanges(platforms), options)).toBe(xml);
    expect(ids.every((id) => id?.startsWith('tag:'))).toBe(true);
  });

  it('keeps only the newest entries when asked', () => {
    expect(atomFeed(catalogueChanges(platforms), { ...options, limit: 1 }).match(/<entry>/g)).toHaveLength(1);
  });
});
