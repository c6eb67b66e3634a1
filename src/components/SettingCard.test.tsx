import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
  render(<StoreProvider store={store}><SettingCard setting={setting} /></StoreProvider>);
  // On a page in another language an English title is followed by its mark.
  return screen.getByRole('article', { name: (name) => name.startsWith(setting.title) });
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

  it('warns that an entry a maintainer last checked over 180 days ago may be out of date', async () => {
    const card = await renderCard(makeSetting({ checked: '2026-05-01' }));
    expect(within(card).getByText(/^May be out of date/)).toHaveTextContent('we last checked this entry on 1 May 2026');
    const recent = await renderCard(makeSetting({ id: 'demo.recent', title: 'Recent', checked: '2026-12-01' }));
    expect(within(recent).queryByText(/^May be out of date/)).not.toBeInTheDocument();
  });

  it('is not out of date merely because its sources are old', async () => {
    const oldSource = { url: 'https://example.com/help', title: 'Help', publisher: 'Demo Help', kind: 'official' as const, date: '2024-09-18' };
    const card = await renderCard(makeSetting({ sources: [oldSource], checked: '2026-12-01' }));
    expect(within(card).queryByText(/^May be out of date/)).not.toBeInTheDocument();
    expect(within(card).getByText('Confirmed on Demo Help (Sep 2024) · checked 1 Dec 2026')).toBeInTheDocument();
  });

  it('gives a switch known to move only 90 days, and says it may switch itself back', async () => {
    const volatile = makeSetting({ checked: '2026-09-01', volatile: true, volatileSource: 'https://example.com/help' });
    const card = await renderCard(volatile);
    expect(within(card).getByText(/^May be out of date/)).toBeInTheDocument();
    expect(within(card).getByText(/Known to switch itself back/)).toBeInTheDocument();
    const steady = await renderCard(makeSetting({ id: 'demo.steady', title: 'Steady', checked: '2026-09-01' }));
    expect(within(steady).queryByText(/^May be out of date/)).not.toBeInTheDocument();
  });
});

describe('where a setting’s facts come from', () => {
  it('leads with the newest official source and the day it was checked', async () => {
    const card = await renderCard(makeSetting({ checked: '2026-12-01' }));
    expect(within(card).getByText('Confirmed on Demo Help (Oct 2026) · checked 1 Dec 2026')).toBeInTheDocument();
  });

  it('names in plain words the facts that rest on weaker sources', async () => {
    const setting = makeSetting({
      steps: { web: ['a'], ios: ['b'], android: ['c'] },
      default: 'On',
      evidence: {
        title: 'official', recommended: 'official', 'steps.web': 'official', 'steps.ios': 'reported', 'steps.android': 'unconfirmed',
        default: { grade: 'contested', note: 'The help page says off; a 2025 report says on.' },
      },
    });
    const weaker = within(await renderCard(setting)).getByRole('list', { name: 'Facts with weaker sources' });
    expect(within(weaker).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Android steps: no source confirms it',
      'Platform default: sources disagree — The help page says off; a 2025 report says on.',
      'iPhone steps: from one secondary source',
    ]);
    // On an English page the note is simply part of the page's English.
    expect(within(weaker).getByText('The help page says off; a 2025 report says on.')).not.toHaveAttribute('lang');
  });

  it('speaks a grade’s note as English on a page in another language: no overlay translates it', async () => {
    const setting = makeSetting({
      default: 'On',
      evidence: { title: 'official', recommended: 'official', 'steps.web': 'official', default: { grade: 'contested', note: 'The help page says off; a 2025 report says on.' } },
      localized: { text: false, title: false, menuPath: false },
    });
    const weaker = within(await renderCard(setting)).getByRole('list', { name: 'Facts with weaker sources' });
    expect(within(weaker).getByText('The help page says off; a 2025 report says on.')).toHaveAttribute('lang', 'en');
  });

  it('says so when no official page backs the entry', async () => {
    const press = { url: 'https://news.example/a', title: 'A', publisher: 'Example News', kind: 'press' as const, date: '2026-01-02' };
    const card = await renderCard(makeSetting({ sources: [press], evidence: { title: 'reported', 'steps.web': 'reported', recommended: 'reported' } }));
    expect(within(card).getByText(/^From 1 independent source, not the platform’s own pages/)).toBeInTheDocument();
  });

  it('lists each source with its title, publisher, date and kind', async () => {
    const card = await renderCard();
    const link = within(card).getByRole('link', { name: /^Turn off AI training/ });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link.parentElement).toHaveTextContent('(Demo Help, 15 Oct 2026 · the platform’s own page)');
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

describe('a card’s anatomy', () => {
  it('leads with the title, one line of why, the deep link and the decision; the rest is behind disclosures', async () => {
    const setting = makeSetting({
      why: 'Your posts train the platform’s models. Turning it off stops future use.',
      url: 'https://example.com/settings/ai',
      menuPath: ['Settings', 'Privacy', 'AI'],
      caveats: 'It does not undo past training.',
    });
    const card = await renderCard(setting);
    const lead = within(card).getByText('Your posts train the platform’s models.');
    const link = within(card).getByRole('link', { name: /Go straight to the setting/ });
    const decision = within(card).getByRole('group', { name: 'Your decision' });
    const [steps, more] = [within(card).getByText('How to change it'), within(card).getByText('More: caveats, regions and sources')];
    const order = [lead, link, decision, steps, more];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING, `item ${i} follows item ${i - 1}`).toBeTruthy();
    }
    expect(within(card).getByText('Settings › Privacy › AI')).toBeVisible();
    expect(within(card).getByText('Turning it off stops future use.')).not.toBeVisible();
    expect(within(card).getByText('It does not undo past training.')).not.toBeVisible();
  });

  it('opens the person’s own device’s steps first once the steps are opened', async () => {
    const user = userEvent.setup();
    const setting = makeSetting({ steps: { web: ['Open the website'], android: ['Open the app'] } });
    const db = testDbName();
    const store = createAppStore({ storage: testPersistence(db), now: fixedNow() });
    await store.getState().hydrate();
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 Mobile Safari/537.36');
    render(<StoreProvider store={store}><SettingCard setting={setting} /></StoreProvider>);
    await user.click(screen.getByText('How to change it'));
    expect(screen.getByText('Open the app')).toBeVisible();
    expect(screen.getByText('Open the website')).not.toBeVisible();
  });
});
