import { describe, expect, it } from 'vitest';
import { prepareSearch, searchSettings, type SearchEntry } from './search';

const entry = (overrides: Partial<SearchEntry>): SearchEntry => ({
  id: 'p.x', kind: 'toggle', platformId: 'p', platformName: 'Platform', title: 'A setting', aliases: [], why: 'Because.',
  category: 'ads', priority: 'medium', effortMinutes: 2, ...overrides,
});

const catalogue = prepareSearch([
  entry({ id: 'linkedin.ai', platformName: 'LinkedIn', title: 'Data for Generative AI Improvement', category: 'ai-training', priority: 'high' }),
  entry({ id: 'x.grok', platformName: 'X', title: 'Grok & Third-party Collaborators', why: 'Posts train Grok.', category: 'ai-training', priority: 'high' }),
  entry({ id: 'chatgpt.memory', platformName: 'ChatGPT', title: 'Memory', why: 'It maintains a profile of you.', category: 'retention', priority: 'low' }),
  entry({ id: 'meta.offsite', platformName: 'Facebook', title: 'Your activity off Meta technologies', aliases: ['Off-Facebook activity'], category: 'tracking' }),
]);

describe('searchSettings', () => {
  it('"AI" finds every AI-training setting, by category even when the title does not say AI, and not "maintains"', () => {
    const ids = searchSettings(catalogue, { text: 'AI' }).results.map((r) => r.id);
    expect(ids).toEqual(['linkedin.ai', 'x.grok']);
  });

  it('finds an entry by an older label', () => {
    expect(searchSettings(catalogue, { text: 'off-facebook' }).results.map((r) => r.id)).toEqual(['meta.offsite']);
  });

  it('matches every word typed, ignoring case and accents', () => {
    expect(searchSettings(catalogue, { text: 'GÉNÉRATIVE linked' }).results.map((r) => r.id)).toEqual(['linkedin.ai']);
    expect(searchSettings(catalogue, { text: 'generative grok' }).results).toEqual([]);
  });

  it('filters by category and priority, with counts taken before those filters', () => {
    const result = searchSettings(catalogue, { text: '', category: 'ai-training', priority: 'high' });
    expect(result.results).toHaveLength(2);
    expect(result.categoryCounts).toEqual({ 'ai-training': 2, retention: 1, tracking: 1 });
    expect(result.priorityCounts).toEqual({ high: 2, low: 1, medium: 1 });
  });
});
