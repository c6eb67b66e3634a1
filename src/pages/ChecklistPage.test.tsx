import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeChecklistLink, makeChecklist } from '../backup/checklist-link';
import { listProfiles } from '../store/profiles';
import { storeAfterCatalogue, testDbName, testPersistence } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const ORDER = ['x.grok-ai-training', 'linkedin.data-for-generative-ai-improvement'];
const checklist = makeChecklist({ title: 'Newsroom basics', intro: 'Before Friday, please.', days: 90, settings: ORDER });

describe('a checklist shared as a link', () => {
  it('offers a new profile; that profile then shows only its settings, in the organiser’s order, with its introduction', async () => {
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await store.getState().setStatus('linkedin.data-for-generative-ai-improvement', 'skipped');
    await renderApp(store, `/checklist#${encodeChecklistLink(checklist)}`);
    const offer = screen.getByRole('region', { name: 'Newsroom basics' });
    expect(within(offer).getByText('Before Friday, please.')).toBeInTheDocument();
    expect(within(offer).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Grok & Third-party Collaborators (X (Twitter))', 'Data for Generative AI Improvement (LinkedIn)',
    ]);
    expect(store.getState().checklist).toBeUndefined();

    await user.clear(within(offer).getByLabelText('Name for the new checklist'));
    await user.type(within(offer).getByLabelText('Name for the new checklist'), 'Newsroom');
    await user.click(within(offer).getByRole('button', { name: 'Start a new checklist for it' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Newsroom basics' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Checklist: Newsroom' })).toBeInTheDocument();
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.id)).toEqual(ORDER);
    expect(screen.getByText('Before Friday, please.')).toBeInTheDocument();
    expect(screen.getByText('0 of 2 dealt with')).toBeInTheDocument();
    // The new profile follows the checklist's platforms and interval; the first profile keeps its own.
    expect(store.getState().prefs).toEqual({ platforms: ['x', 'linkedin'], reminders: { defaultDays: 90 } });
    expect(store.getState().checks).toEqual({});
    expect(listProfiles(store.getState().profiles)).toHaveLength(2);
  });

  it('a broken link says so and changes nothing', async () => {
    const db = testDbName();
    const store = await storeAfterCatalogue(db);
    const before = await testPersistence(db).readAll();
    const link = encodeChecklistLink(checklist);
    await renderApp(store, `/checklist#${link.slice(0, link.length - 7)}`);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was changed.');
    expect(screen.queryByRole('button', { name: /Start a new checklist/ })).not.toBeInTheDocument();
    expect(await testPersistence(db).readAll()).toEqual(before);
  });

  it('a checklist file can join the open checklist; a hostile file is refused with a message', async () => {
    const user = userEvent.setup();
    const db = testDbName();
    const store = await storeAfterCatalogue(db);
    await renderApp(store, '/checklist');
    expect(screen.getByText(/No group checklist in this profile yet/)).toBeInTheDocument();
    const before = await testPersistence(db).readAll();
    const hostile = JSON.stringify(checklist).replace('"type"', '"__proto__":{"polluted":true},"type"');
    await user.upload(screen.getByLabelText('Or open a checklist file'), new File([hostile], 'checklist.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a Privacy Checkup checklist, or the link was cut short. Nothing was changed.');
    expect(await testPersistence(db).readAll()).toEqual(before);

    await user.upload(screen.getByLabelText('Or open a checklist file'), new File([JSON.stringify(checklist)], 'checklist.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Add it to Me’s checklist' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Newsroom basics' })).toBeInTheDocument();
    expect(store.getState().checklist).toEqual(checklist);
    expect(listProfiles(store.getState().profiles)).toHaveLength(1);
  });
});
