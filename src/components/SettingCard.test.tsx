import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoreProvider } from '../store/hooks';
import { createAppStore } from '../store/store';
import { keys } from '../store/keys';
import { fixedNow, testDbName, testPersistence } from '../test/store-fixtures';
import { makeSetting } from '../test/make-setting';
import { SettingCard } from './SettingCard';

async function renderCard(setting = makeSetting(), stored: [string, unknown][] = [], now = '2026-12-15T09:00:00.000Z') {
  const db = testDbName();
  await testPersistence(db).commit(new Map(stored), []);
  const store = createAppStore({ storage: testPersistence(db), now: fixedNow(now) });
  await store.getState().hydrate();
  render(<StoreProvider store={store}><SettingCard setting={setting} own="web" /></StoreProvider>);
  return screen.getByRole('article', { name: setting.title });
}

describe('a setting’s freshness', () => {
  it('says what changed since the person checked it', async () => {
    const setting = makeSetting({ updated: '2026-12-10', changes: [{ date: '2026-12-10', summary: 'The switch moved to Data privacy.' }] });
    const card = await renderCard(setting, [[keys.check(setting.id), { status: 'done', at: '2026-11-23T10:00:00.000Z' }]]);
    expect(within(card).getByText('Changed since you checked it — please review again.')).toBeInTheDocument();
    expect(within(card).getByText(/The switch moved to Data privacy\./)).toBeInTheDocument();
  });

  it('says nothing changed when the check is newer than the entry', async () => {
    const setting = makeSetting({ updated: '2026-11-20' });
    const card = await renderCard(setting, [[keys.check(setting.id), { status: 'done', at: '2026-11-23T10:00:00.000Z' }]]);
    expect(within(card).queryByText(/Changed since you checked/)).not.toBeInTheDocument();
  });

  it('marks an entry added since the previous visit as new', async () => {
    const setting = makeSetting({ added: '2026-12-01' });
    const card = await renderCard(setting, [[keys.meta(), { schemaVersion: 1, lastVisit: '2026-11-23T10:00:00.000Z' }]]);
    expect(within(card).getByText('New')).toBeInTheDocument();
  });

  it('is not new on a first visit', async () => {
    const card = await renderCard(makeSetting({ added: '2026-12-01' }));
    expect(within(card).queryByText('New')).not.toBeInTheDocument();
  });

  it('warns that an entry verified over 180 days ago may be out of date', async () => {
    const card = await renderCard(makeSetting({ verified: '2026-05-01' }));
    expect(within(card).getByText(/^May be out of date/)).toBeInTheDocument();
    const recent = await renderCard(makeSetting({ id: 'demo.recent', title: 'Recent', verified: '2026-12-01' }));
    expect(within(recent).queryByText(/^May be out of date/)).not.toBeInTheDocument();
  });
});

describe('a setting’s unconfirmed facts', () => {
  it('names in plain words the fields no good source confirmed', async () => {
    const card = await renderCard(makeSetting({ steps: { web: ['a'], ios: ['b'] }, unverified: ['steps.ios', 'default'], default: 'On' }));
    expect(within(card).getByText('Not confirmed by a good source: the iPhone steps, the platform default')).toBeInTheDocument();
  });
});

describe('kinds, regions and retired entries', () => {
  it('a request form can be marked sent, awaiting reply', async () => {
    const card = await renderCard(makeSetting({ kind: 'form', title: 'Objection form' }));
    expect(within(card).getByText('A request form, not a switch: the platform answers it.')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Sent — awaiting reply' })).toBeEnabled();
    expect(within(card).getByRole('button', { name: 'Done — confirmed' })).toBeInTheDocument();
  });

  it('a toggle offers no "sent" status', async () => {
    const card = await renderCard();
    expect(within(card).queryByRole('button', { name: /Sent/ })).not.toBeInTheDocument();
  });

  it('says honestly when there is no switch at all', async () => {
    const card = await renderCard(makeSetting({ kind: 'none', title: 'Licensing of posts' }));
    expect(within(card).getByText('There is no switch for this. Here is what you can do instead.')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Done what I can' })).toBeInTheDocument();
  });

  it('shows a setting missing in the person’s region as not applicable, with the reason', async () => {
    const setting = makeSetting({ regionsOnly: ['EEA', 'GB'], regions: 'Offered in the EU, the EEA and the UK only.' });
    const card = await renderCard(setting, [['default/prefs', { region: 'US' }]]);
    expect(within(card).getByText(/Not available where you live \(United States\)/)).toHaveTextContent('Offered in the EU, the EEA and the UK only.');
  });
});
