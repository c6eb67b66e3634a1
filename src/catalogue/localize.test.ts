// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Platform } from '../schema/catalogue';
import type { Overlay } from '../schema/overlay';
import { makeSetting } from '../test/make-setting';
import { localizePlatform } from './localize';

const platform: Platform = {
  id: 'demo', name: 'Demo', description: 'A demo platform.', settingsUrl: 'https://example.com/settings', reauditDays: 90, added: '2026-01-01',
  evidence: { settingsUrl: 'official' },
  settings: [
    makeSetting({
      id: 'demo.ai-training', caveats: 'Past training is not undone.', regions: 'Everywhere.', menuPath: ['Settings', 'Privacy'], default: 'On', url: 'https://example.com/settings/ai',
      evidence: { title: 'official', menuPath: 'official', url: 'official', 'steps.web': 'official', recommended: 'official', caveats: 'official', regions: 'official', default: 'official' },
    }),
    makeSetting({ id: 'demo.ads', category: 'ads', title: 'Ad preferences', menuPath: ['Settings', 'Ads'] }),
  ],
};
const helpDe = { url: 'https://example.com/de/hilfe', title: 'KI-Training ausschalten', publisher: 'Demo Hilfe', kind: 'official' as const, date: '2026-11-20' };
const press = { url: 'https://news.example.org/ki', publisher: 'Beispiel News', kind: 'press' as const, date: '2026-11-02' };

const overlay = (setting: Partial<Overlay['settings'][string]> = {}): Overlay => ({
  locale: 'de', platform: 'demo', translated: '2026-12-01', description: 'Eine Beispielplattform.',
  settings: {
    'demo.ai-training': {
      title: { text: 'Meine Daten für KI verwenden', source: helpDe.url, grade: 'official' },
      why: 'Deine Beiträge trainieren die Modelle.', recommended: 'Aus', default: 'An', caveats: 'Früheres Training bleibt.', regions: 'Überall.',
      steps: { web: ['Öffne die Einstellungen', 'Schalte es aus'] },
      ...setting,
    },
  },
  sources: [helpDe, press],
});

const setting = (p: Platform, id: string) => p.settings.find((s) => s.id === id)!;

describe('a platform in another language', () => {
  it('takes the overlay’s description and its words for each setting it covers', () => {
    const de = localizePlatform(platform, 'de', overlay());
    expect(de.description).toBe('Eine Beispielplattform.');
    expect(de.localized).toEqual({ locale: 'de', description: true });
    expect(setting(de, 'demo.ai-training')).toMatchObject({
      why: 'Deine Beiträge trainieren die Modelle.', recommended: 'Aus', default: 'An', caveats: 'Früheres Training bleibt.', regions: 'Überall.',
      steps: { web: ['Öffne die Einstellungen', 'Schalte es aus'] },
      localized: { text: true, title: true, menuPath: false },
    });
  });

  it('shows a label in the platform’s own words with the grade and source that confirm it; an unconfirmed one stays English', () => {
    const ai = setting(localizePlatform(platform, 'de', overlay()), 'demo.ai-training');
    expect(ai.title).toBe('Meine Daten für KI verwenden');
    expect(ai.evidence.title).toBe('official');
    expect(ai.sources.map((s) => s.url)).toEqual(['https://example.com/help', helpDe.url]);
    // No menu path confirmed in German: the English one, with its English grade.
    expect(ai.menuPath).toEqual(['Settings', 'Privacy']);
    expect(ai.evidence.menuPath).toBe('official');
  });

  it('grades a localized menu path by its own sources, and lists each source once', () => {
    const ai = setting(localizePlatform(platform, 'de', overlay({ menuPath: { text: ['Einstellungen', 'Datenschutz'], source: [press.url, helpDe.url], grade: 'documented' } })), 'demo.ai-training');
    expect(ai.menuPath).toEqual(['Einstellungen', 'Datenschutz']);
    expect(ai.evidence.menuPath).toBe('documented');
    expect(ai.sources.map((s) => s.url)).toEqual(['https://example.com/help', helpDe.url, press.url]);
    expect(ai.localized).toEqual({ text: true, title: true, menuPath: true });
  });

  it('keeps what no overlay translates: the link, the ids and the dates; the default keeps its English grade', () => {
    const ai = setting(localizePlatform(platform, 'de', overlay()), 'demo.ai-training');
    const english = setting(platform, 'demo.ai-training');
    expect(ai).toMatchObject({ id: english.id, default: 'An', url: english.url, checked: english.checked, updated: english.updated, category: 'ai-training' });
    expect(ai.evidence.default).toBe('official');
  });

  it('leaves a setting without an overlay in English, marked so', () => {
    const ads = setting(localizePlatform(platform, 'de', overlay()), 'demo.ads');
    expect(ads).toEqual({ ...setting(platform, 'demo.ads'), localized: { text: false, title: false, menuPath: false } });
  });

  it('leaves everything in English, marked so, where the locale has no overlay', () => {
    const fr = localizePlatform(platform, 'fr');
    expect(fr.description).toBe('A demo platform.');
    expect(fr.localized).toEqual({ locale: 'fr', description: false });
    expect(fr.settings.every((s) => s.localized?.text === false)).toBe(true);
  });

  it('does not change the English entry', () => {
    const before = structuredClone(platform);
    localizePlatform(platform, 'de', overlay({ menuPath: { text: ['Einstellungen'], source: press.url, grade: 'reported' } }));
    expect(platform).toEqual(before);
  });

  it('refuses an overlay of another platform or language', () => {
    expect(() => localizePlatform(platform, 'fr', overlay())).toThrow(/de\/demo cannot localize fr\/demo/);
    expect(() => localizePlatform({ ...platform, id: 'other' }, 'de', overlay())).toThrow(/cannot localize de\/other/);
  });
});
