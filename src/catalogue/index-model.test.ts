import { describe, expect, it } from 'vitest';
import type { Platform } from '../schema/catalogue';
import { makeSetting } from '../test/make-setting';
import { buildIndex, compactIndex, expandIndex } from './index-model';
import { localizePlatform } from './localize';

const platform: Platform = {
  id: 'demo', name: 'Demo', description: 'A demo platform.', settingsUrl: 'https://example.com/settings', reauditDays: 90, added: '2026-01-01', evidence: { settingsUrl: 'official' },
  settings: [
    makeSetting({ id: 'demo.plain', added: '2026-01-01', updated: '2026-01-01' }),
    makeSetting({ id: 'demo.later', kind: 'form', added: '2026-03-01', updated: '2026-05-01', regionsOnly: ['EU'] }),
    makeSetting({ id: 'demo.gone', kind: 'none', added: '2026-01-01', updated: '2026-02-01', retired: { date: '2026-02-01', replacedBy: 'demo.later' }, regionsNotApplicable: ['US'] }),
  ],
};

describe('the compact index', () => {
  it('leaves out only what holds its usual value, and expands back exactly', () => {
    const index = buildIndex([platform]);
    const compact = compactIndex(index);
    expect(compact.platforms[0]!.settings).toEqual([
      expect.not.objectContaining({ kind: expect.anything(), added: expect.anything(), updated: expect.anything(), retired: expect.anything() }),
      expect.objectContaining({ id: 'later', kind: 'form', added: '2026-03-01', updated: '2026-05-01' }),
      expect.objectContaining({ id: 'gone', kind: 'none', updated: '2026-02-01', retired: { date: '2026-02-01', replacedBy: 'demo.later' } }),
    ]);
    expect(expandIndex(compact)).toEqual(index);
  });

  it('in another language, keeps which titles are the platform’s own label there, and the English catalogue’s version', () => {
    const german = localizePlatform(platform, 'de', {
      locale: 'de', platform: 'demo', translated: '2026-12-01', description: 'Eine Beispielplattform.', sources: [makeSetting().sources[0]!],
      settings: { 'demo.plain': { title: { text: 'KI-Daten', source: makeSetting().sources[0]!.url, grade: 'official' }, why: 'Warum.', recommended: 'Aus', steps: { web: ['Öffnen'] } } },
    });
    const index = buildIndex([german], { locale: 'de', version: '2026-11-30+abc1234' });
    expect(index).toMatchObject({ locale: 'de', version: '2026-11-30+abc1234' });
    expect(index.platforms[0]!.settings.map((s) => [s.title, s.localized])).toEqual([
      ['KI-Daten', { title: true }],
      [platform.settings[1]!.title, { title: false }],
      [platform.settings[2]!.title, { title: false }],
    ]);
    expect(expandIndex(compactIndex(index))).toEqual(index);
  });
});
