import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/load-locale';
import { loadCatalogue } from '../catalogue/catalogue';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const catalogueIndex = await loadCatalogue();

describe('the dashboard', () => {
  it('greets a first visit with a searchable platform picker', async () => {
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store);

    expect(screen.getByRole('heading', { level: 2, name: 'Which platforms do you use?' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search platforms' }), 'linked');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: /LinkedIn/ }));
    await user.click(screen.getByRole('button', { name: 'Save my platforms' }));

    expect(store.getState().prefs.platforms).toEqual(['linkedin']);
    const yours = await screen.findByRole('region', { name: 'Your platforms' });
    expect(within(yours).getByRole('link', { name: 'LinkedIn' })).toHaveAttribute('href', '/platforms/linkedin');
    expect(within(yours).getAllByRole('progressbar')).toHaveLength(2);
  });

  it('the AI-training path picks every platform with an AI-training switch', async () => {
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store);
    await user.click(screen.getByRole('button', { name: 'Just show me the AI-training switches' }));
    const expected = catalogueIndex.platforms.filter((p) => p.settings.some((s) => s.category === 'ai-training')).map((p) => p.id);
    expect(store.getState().prefs.platforms).toEqual(expected);
    const yours = await screen.findByRole('region', { name: 'Your platforms' });
    expect(within(yours).getAllByRole('progressbar', { name: /progress$/ })).toHaveLength(expected.length + 1);
  });

  it('shows the featured LinkedIn card and overall progress from stored checks', async () => {
    const store = await storeAfterCatalogue(testDbName());
    await store.getState().choosePlatforms(['linkedin']);
    await store.getState().setStatus('linkedin.data-for-generative-ai-improvement', 'done');
    await renderApp(store);

    const featured = screen.getByRole('region', { name: /LinkedIn: Data for Generative AI Improvement/ });
    expect(within(featured).getByText('You marked this as done.')).toBeInTheDocument();
    expect(within(featured).getByRole('link', { name: 'Review this setting on LinkedIn' })).toHaveAttribute(
      'href', '/platforms/linkedin#linkedin.data-for-generative-ai-improvement',
    );
    expect(screen.getByRole('progressbar', { name: 'Overall progress' })).toHaveAttribute('value', '1');
  });
});

describe('progress by kind of setting', () => {
  it('shows what is dealt with per category, counting not applicable and leaving skipped open', async () => {
    const store = await storeAfterCatalogue(testDbName());
    await store.getState().choosePlatforms(['linkedin']);
    await store.getState().setStatus('linkedin.data-for-generative-ai-improvement', 'done');
    await renderApp(store);
    const linkedin = catalogueIndex.platforms.find((p) => p.id === 'linkedin')!;
    const ai = linkedin.settings.filter((s) => s.category === 'ai-training' && !s.retired).length;
    const section = screen.getByRole('region', { name: 'Dealt with, by kind of setting' });
    expect(within(section).getByRole('progressbar', { name: 'AI training progress' })).toHaveAttribute('value', '1');
    expect(within(section).getByText(`AI training: 1 of ${ai} dealt with`)).toBeInTheDocument();
  });
});

describe('the dashboard after catalogue updates', () => {
  it('lists platforms added since the last visit that are not in the person’s list', async () => {
    const { createAppStore } = await import('../store/store');
    const { fixedNow, testPersistence } = await import('../test/store-fixtures');
    const db = testDbName();
    const first = createAppStore({ storage: testPersistence(db), now: fixedNow('2026-01-01T10:00:00.000Z') });
    await first.getState().hydrate();
    await first.getState().choosePlatforms(['linkedin']);
    const later = createAppStore({ storage: testPersistence(db), now: fixedNow('2026-12-01T10:00:00.000Z') });
    await later.getState().hydrate();
    await renderApp(later);

    const section = screen.getByRole('region', { name: 'New platforms since your last visit' });
    const names = within(section).getAllByRole('link').map((l) => l.textContent);
    expect(names).toContain('X (Twitter)');
    expect(names).not.toContain('LinkedIn');
  });

  describe('in German', () => {
    afterEach(() => loadLocale('en'));

    it('names the featured switch by LinkedIn’s own German label, and marks a next step’s English title as English', async () => {
      await loadLocale('de');
      const store = await storeAfterCatalogue(testDbName());
      await store.getState().choosePlatforms(['x']);
      await renderApp(store);
      const featured = screen.getByRole('region', { name: 'LinkedIn: Daten zur Verbesserung generativer KI' });
      expect(featured.querySelector('h2 [lang="en"]')).toBeNull();
      const next = screen.getByRole('region', { name: 'Dein nächster sinnvoller Schritt' });
      expect(within(next).getByText('(englische Menübezeichnung)').previousElementSibling).toHaveAttribute('lang', 'en');
    });
  });
});
