import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/load-locale';
import { searchFiles } from 'virtual:catalogue/search';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const entries = searchFiles!.en!;

describe('finding settings across platforms', () => {
  it('“AI” lists every AI-training setting, and one can be ticked in place', async () => {
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store, '/search');
    await user.type(await screen.findByRole('searchbox', { name: 'Search all settings' }), 'AI');

    const aiTraining = entries.filter((e) => e.category === 'ai-training');
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveTextContent(`AI training (${aiTraining.length})`);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'ai-training');
    expect(screen.getByText(`${aiTraining.length} settings found`)).toBeInTheDocument();
    const listed = screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'));
    expect(listed).toHaveLength(Math.min(50, aiTraining.length));
    for (const id of listed) expect(aiTraining.map((e) => `result-${e.id}`)).toContain(id);

    const grok = screen.getAllByRole('article').find((a) => within(a).queryByText('X (Twitter)'))!;
    await user.click(within(grok).getByRole('button', { name: 'Done' }));
    const id = grok.getAttribute('aria-labelledby')!.replace('result-', '');
    expect(store.getState().checks[id]?.status).toBe('done');
  });

  it('filters by category and priority', async () => {
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store, '/search');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Category' }), 'security');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'high');
    const expected = entries.filter((e) => e.category === 'security' && e.priority === 'high').length;
    expect(screen.getByText(`${expected} settings found`)).toBeInTheDocument();
  });

  describe('in German', () => {
    afterEach(() => loadLocale('en'));

    it('finds a setting by its German words and by its English label, and marks a title left in English', async () => {
      await loadLocale('de');
      const user = userEvent.setup();
      const store = await storeAfterCatalogue(testDbName());
      await renderApp(store, '/search');
      const box = await screen.findByRole('searchbox', { name: 'Alle Einstellungen durchsuchen' });
      const linkedinAi = () => screen.getByRole('article', { name: 'Daten zur Verbesserung generativer KI' });

      await user.type(box, 'generativer KI');
      expect(linkedinAi()).toBeInTheDocument();
      expect(within(linkedinAi()).getByRole('heading', { level: 2 })).not.toHaveTextContent('englische Menübezeichnung');

      await user.clear(box);
      await user.type(box, 'Data for Generative AI Improvement');
      expect(linkedinAi()).toBeInTheDocument();

      await user.clear(box);
      await user.type(box, 'Grok');
      const grok = screen.getAllByRole('article').find((a) => within(a).queryByText('X (Twitter)'))!;
      const heading = within(grok).getByRole('heading', { level: 2 });
      expect(heading).toHaveTextContent(/\(englische Menübezeichnung\)$/);
      expect(heading.querySelector('[lang="en"]')?.textContent).toBe(entries.find((e) => `result-${e.id}` === grok.getAttribute('aria-labelledby'))?.title);
    });
  });
});
