import type { Setting } from '../schema/catalogue';

/** A valid setting with sensible defaults; override only what a test is about. */
export function makeSetting(overrides: Partial<Setting> = {}): Setting {
  return {
    id: 'demo.ai-training',
    kind: 'toggle',
    title: 'Use my data for AI',
    category: 'ai-training',
    priority: 'high',
    effortMinutes: 2,
    recommended: 'Off',
    why: 'Your posts train the platform’s models.',
    steps: { web: ['Open Settings', 'Turn it off'] },
    sources: [{ url: 'https://example.com/help', title: 'Turn off AI training', publisher: 'Demo Help', kind: 'official', date: '2026-10-15' }],
    evidence: { title: 'official', 'steps.web': 'official', recommended: 'official' },
    checked: '2026-11-01',
    added: '2026-11-01',
    updated: '2026-11-01',
    ...overrides,
  };
}
