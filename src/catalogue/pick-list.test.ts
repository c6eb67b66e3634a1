import { describe, expect, it } from 'vitest';
import type { Platform } from '../schema/catalogue';
import { makeSetting } from '../test/make-setting';
import { buildIndex } from './index-model';
import { localizePlatform } from './localize';
import { platformList } from './pick-list';

const platform: Platform = {
  id: 'demo', name: 'Demo', description: 'A demo platform.', settingsUrl: 'https://example.com/settings', reauditDays: 90, added: '2026-01-01', evidence: { settingsUrl: 'official' },
  settings: [makeSetting({ id: 'demo.plain' }), makeSetting({ id: 'demo.ads', category: 'ads' })],
};

describe('the first visit’s platform list', () => {
  it('counts each platform’s live settings, says which has an AI-training switch, and carries the flagship', () => {
    const other: Platform = {
      ...platform, id: 'other', name: 'Other',
      settings: [makeSetting({ id: 'other.ads', category: 'ads', featured: true }), makeSetting({ id: 'other.old-ai', retired: { date: '2026-02-01' } })],
    };
    const list = platformList(buildIndex([platform, other]));
    expect(list.platforms).toEqual([
      { id: 'demo', name: 'Demo', live: 2, aiTraining: true },
      // Its only AI-training switch is retired: the AI-training path leaves it out.
      { id: 'other', name: 'Other', live: 1, aiTraining: false },
    ]);
    expect(list.featured).toEqual({ platform: { id: 'other', name: 'Other' }, setting: { id: 'other.ads', title: 'Use my data for AI' } });
  });

  it('in another language, says whether the flagship’s title is the platform’s own label there', () => {
    const german = localizePlatform({ ...platform, settings: [makeSetting({ id: 'demo.plain', featured: true })] }, 'de');
    expect(platformList(buildIndex([german], { locale: 'de', version: 'v' })).featured?.setting).toEqual({ id: 'demo.plain', title: 'Use my data for AI', localized: { title: false } });
  });
});
