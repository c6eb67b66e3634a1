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
    sources: ['https://example.com/help'],
    verified: '2026-11-01',
    added: '2026-11-01',
    updated: '2026-11-01',
    ...overrides,
  };
}
