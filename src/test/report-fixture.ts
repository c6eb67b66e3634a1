import type { Platform } from '../schema/catalogue';
import type { ReportInput } from '../report/model';
import { makeSetting } from './make-setting';

const HOSTILE_NOTE = '<img src=x onerror=alert(1)> | *bold* =cmd';

/** A small, fixed state: two platforms, a done setting with a hostile note, a formula note, a retired entry. */
export function reportFixture(overrides: Partial<ReportInput> = {}): ReportInput {
  const linkedin: Platform = {
    id: 'linkedin', name: 'LinkedIn', description: 'Professional network.', settingsUrl: 'https://www.linkedin.com/mypreferences/d/categories/account',
    reauditDays: 60, added: '2026-11-01', evidence: { settingsUrl: 'official' },
    settings: [
      makeSetting({ id: 'linkedin.ai', title: 'Data for Generative AI Improvement', url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement', menuPath: ['Me', 'Settings & Privacy', 'Data privacy', 'Data for Generative AI Improvement'] }),
      makeSetting({ id: 'linkedin.ads', title: 'Data from others for ads', category: 'ads', priority: 'high', menuPath: ['Me', 'Settings & Privacy', 'Advertising data'] }),
      makeSetting({ id: 'linkedin.old', title: 'Interactions with businesses', category: 'ads', priority: 'medium', retired: { date: '2026-11-10', replacedBy: 'linkedin.ads' } }),
    ],
  };
  const x: Platform = {
    id: 'x', name: 'X (Twitter)', description: 'Social network.', settingsUrl: 'https://x.com/settings/privacy_and_safety', reauditDays: 90, added: '2026-11-01', evidence: { settingsUrl: 'official' },
    settings: [makeSetting({ id: 'x.grok', title: 'Grok & Third-party Collaborators', priority: 'high' }), makeSetting({ id: 'x.ads', title: 'Personalized ads', category: 'ads', priority: 'low' })],
  };
  return {
    platforms: [linkedin, x],
    checks: {
      'linkedin.ai': { status: 'done', at: '2026-11-23T09:15:00.000Z' },
      'linkedin.old': { status: 'done', at: '2026-11-05T09:00:00.000Z' },
      'x.grok': { status: 'skipped', at: '2026-11-22T18:00:00.000Z' },
      'x.ads': { status: 'not-applicable', at: '2026-11-22T18:01:00.000Z' },
    },
    notes: {
      'linkedin.ai': { text: HOSTILE_NOTE, at: '2026-11-23T09:16:00.000Z' },
      'x.ads': { text: '=HYPERLINK("http://evil.example","click")', at: '2026-11-22T18:02:00.000Z' },
    },
    history: [
      { settingId: 'linkedin.old', status: 'done', at: '2026-11-05T09:00:00.000Z' },
      { settingId: 'x.grok', status: 'skipped', at: '2026-11-22T18:00:00.000Z' },
      { settingId: 'x.ads', status: 'not-applicable', at: '2026-11-22T18:01:00.000Z' },
      { settingId: 'linkedin.ai', status: 'done', at: '2026-11-23T09:15:00.000Z' },
    ],
    prefs: { platforms: ['linkedin', 'x'] },
    catalogueVersion: '2026-11-23+abc1234',
    now: new Date('2026-11-23T10:00:00.000Z'),
    timeZone: 'UTC',
    includeNotes: true,
    ...overrides,
  };
}
