import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeChecklistLink } from '../backup/checklist-link';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';
import { loadLocale } from '../i18n/load-locale';

afterEach(() => loadLocale('en'));

describe('making a checklist for others', () => {
  it('picks settings by search and category, orders them, and shares a link that holds exactly that', async () => {
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store, '/checklist/new');
    expect(screen.getByText('A checklist needs a title and at least one setting.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Title'), 'Family basics');
    await user.type(screen.getByLabelText('Short introduction (optional)'), 'Ten minutes, promise.');
    await user.type(screen.getByLabelText('Re-audit every (days, optional)'), '120');
    await user.selectOptions(screen.getByLabelText('Category'), 'AI training');
    await user.type(screen.getByLabelText('Search settings'), 'linkedin');
    await user.click(screen.getByRole('button', { name: 'Add Data for Generative AI Improvement (LinkedIn)' }));
    await user.clear(screen.getByLabelText('Search settings'));
    await user.type(screen.getByLabelText('Search settings'), 'grok');
    await user.click(screen.getByRole('button', { name: 'Add Grok & Third-party Collaborators (X (Twitter))' }));
    expect(screen.getByRole('button', { name: 'Add Grok & Third-party Collaborators (X (Twitter))' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move Grok & Third-party Collaborators up' }));

    const order = screen.getByRole('region', { name: 'Your checklist, in order' });
    expect(within(order).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['Grok & Third-party Collaborators', 'Data for Generative AI Improvement']);
    const link = screen.getByLabelText<HTMLInputElement>('Link to share').value;
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/checklist#[A-Za-z0-9_-]+$/);
    const decoded = decodeChecklistLink(new URL(link).hash, () => true);
    expect(decoded).toEqual({ ok: true, checklist: expect.objectContaining({
      title: 'Family basics', intro: 'Ten minutes, promise.', days: 120, settings: ['x.grok-ai-training', 'linkedin.data-for-generative-ai-improvement'],
    }) });
    // Making a checklist stores nothing.
    expect(store.getState().checks).toEqual({});
  });

  it('shares a link that opens the checklist in the organiser’s language', async () => {
    const user = userEvent.setup();
    await loadLocale('de');
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store, '/checklist/new');
    await user.type(screen.getByLabelText('Titel'), 'Familie');
    await user.type(screen.getByLabelText('Einstellungen durchsuchen'), 'linkedin');
    await user.click(screen.getByRole('button', { name: 'Daten zur Verbesserung generativer KI hinzufügen (LinkedIn)' }));
    expect(screen.getByLabelText<HTMLInputElement>('Link zum Teilen').value).toMatch(/^http:\/\/localhost(:\d+)?\/de\/checklist#[A-Za-z0-9_-]+$/);
  });
});
