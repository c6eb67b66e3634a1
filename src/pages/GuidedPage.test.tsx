import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/load-locale';
import { stepQueue } from '../audit/next-step';
import { loadCatalogue } from '../catalogue/catalogue';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const catalogueIndex = await loadCatalogue();

const linkedin = catalogueIndex.platforms.find((p) => p.id === 'linkedin')!;
const queue = stepQueue(linkedin.settings, {});

async function openGuided() {
  const store = await storeAfterCatalogue(testDbName());
  await store.getState().choosePlatforms(['linkedin']);
  await renderApp(store, '/guided');
  return store;
}

describe('the guided flow', () => {
  it('is offered on the dashboard', async () => {
    const store = await storeAfterCatalogue(testDbName());
    await store.getState().choosePlatforms(['linkedin']);
    await renderApp(store);
    expect(screen.getByRole('link', { name: '10 minutes now' })).toHaveAttribute('href', '/guided');
  });

  it('shows one open setting at a time in queue order, and says what was achieved on stopping', async () => {
    const user = userEvent.setup();
    const store = await openGuided();
    const step = (title: string) => screen.findByRole('article', { name: title });

    let card = await step(queue[0]!.title);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByText(/^Setting 1 of \d+/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Done' }));
    expect(within(card).getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Next setting' }));

    card = await step(queue[1]!.title);
    await user.click(within(card).getByRole('button', { name: 'Skip for now' }));
    await user.click(screen.getByRole('button', { name: /Next setting|See what you did/ }));

    card = await step(queue[2]!.title);
    await user.click(within(card).getByRole('button', { name: 'Not applicable' }));
    await user.click(screen.getByRole('button', { name: 'Stop here' }));

    const summary = screen.getByRole('region', { name: 'What you did' });
    expect(within(summary).getByText('You dealt with 2 settings in this session.')).toBeInTheDocument();
    expect(within(summary).getByText('Skipped for later: 1')).toBeInTheDocument();
    expect(within(summary).getByText(new RegExp(`2 of ${linkedin.settings.filter((s) => !s.retired).length} dealt with`))).toBeInTheDocument();
    expect(store.getState().checks[queue[0]!.id]?.status).toBe('done');
    expect(store.getState().checks[queue[1]!.id]?.status).toBe('skipped');
    expect(store.getState().checks[queue[2]!.id]?.status).toBe('not-applicable');
  });

  it('opens the person’s own device’s steps and the deep link once the entry arrives', async () => {
    await openGuided();
    const card = await screen.findByRole('article', { name: queue[0]!.title });
    expect(await within(card).findByRole('link', { name: /Go straight to the setting/ })).toBeInTheDocument();
    expect(within(card).getByText('How to change it').closest('details')).toHaveAttribute('open');
  });

  it('asks for platforms first when none are chosen', async () => {
    await renderApp(await storeAfterCatalogue(testDbName()), '/guided');
    expect(screen.getByText(/Pick your platforms on the dashboard first/)).toBeInTheDocument();
  });

  describe('in German', () => {
    afterEach(() => loadLocale('en'));

    it('shows a setting’s German label, why and steps where the overlay has them, and marks an English title as the English menu name', async () => {
      const user = userEvent.setup();
      await loadLocale('de');
      await openGuided();
      // LinkedIn's AI-training switch leads the queue: LinkedIn's own German label (confirmed by a source), and its German why.
      expect(queue[0]!.id).toBe('linkedin.data-for-generative-ai-improvement');
      let card = await screen.findByRole('article', { name: 'Daten zur Verbesserung generativer KI' });
      expect(within(card).getByRole('heading', { level: 2 }).querySelector('[lang="en"]')).toBeNull();
      expect(within(card).getByText(/^Solange das an ist, können LinkedIn/)).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Nächste Einstellung' }));
      const second = queue[1]!;
      card = await screen.findByRole('article', { name: `${second.title} (englische Menübezeichnung)` });
      expect(within(card).getByRole('heading', { level: 2 }).querySelector('[lang="en"]')).toHaveTextContent(second.title);
    });
  });
});
