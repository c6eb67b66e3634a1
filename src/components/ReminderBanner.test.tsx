import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../store/keys';
import { createAppStore } from '../store/store';
import { formatDay } from '../i18n/format';
import { afterCatalogue as day, fixedNow, testDbName, testPersistence } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const AI = 'linkedin.data-for-generative-ai-improvement';

/** A database holding one LinkedIn check made on `checkedAt`, opened at `now`. */
async function openAt(db: string, now: string) {
  const store = createAppStore({ storage: testPersistence(db), now: fixedNow(now) });
  await store.getState().hydrate();
  return store;
}

async function seed(checkedAt: string) {
  const db = testDbName();
  await testPersistence(db).commit(
    new Map<string, unknown>([
      [keys.check(AI), { status: 'done', at: checkedAt }],
      [keys.prefs(), { platforms: ['linkedin'], reminders: { overrides: { linkedin: 90 } } }],
    ]),
    [],
  );
  return db;
}

describe('the re-audit reminder', () => {
  it('appears for a check 100 days old, naming the platform, with review and snooze', async () => {
    const db = await seed(day(0));
    await renderApp(await openAt(db, day(100)));
    const reminder = await screen.findByRole('region', { name: 'Time for a privacy re-audit' });
    expect(reminder).toHaveTextContent('It is time to look again at LinkedIn.');
    expect(within(reminder).getByRole('link', { name: 'Review now' })).toHaveAttribute('href', '/due');
  });

  it('does not appear for a recent check', async () => {
    // Checked after the catalogue entry's last update, and well within 90 days.
    const db = await seed(day(0, '09:00:00.000Z'));
    await renderApp(await openAt(db, day(27)));
    expect(screen.queryByRole('region', { name: 'Time for a privacy re-audit' })).not.toBeInTheDocument();
  });

  it('snooze hides it for 7 days, then it comes back', async () => {
    const user = userEvent.setup();
    const db = await seed(day(0));
    const { unmount } = await renderApp(await openAt(db, day(100)));
    await user.click(screen.getByRole('button', { name: 'Snooze 7 days' }));
    expect(screen.queryByRole('region', { name: 'Time for a privacy re-audit' })).not.toBeInTheDocument();
    unmount();

    const sixDaysOn = await renderApp(await openAt(db, day(106)));
    expect(screen.queryByRole('region', { name: 'Time for a privacy re-audit' })).not.toBeInTheDocument();
    sixDaysOn.unmount();

    await renderApp(await openAt(db, day(107)));
    expect(screen.getByRole('region', { name: 'Time for a privacy re-audit' })).toBeInTheDocument();
  });
});

describe('the re-audit page', () => {
  it('lists overdue and upcoming platforms, soonest first, with their dates', async () => {
    const db = await seed(day(0));
    await testPersistence(db).commit(new Map([[keys.check('x.grok-ai-training'), { status: 'done', at: day(100, '09:00:00.000Z') }]]), []);
    await renderApp(await openAt(db, day(100)), '/due');
    const overdue = await screen.findByRole('region', { name: 'Due now' });
    expect(within(overdue).getByRole('link', { name: 'LinkedIn' })).toBeInTheDocument();
    expect(overdue).toHaveTextContent(`Due since ${formatDay(day(90).slice(0, 10))}`);
    const upcoming = screen.getByRole('region', { name: 'Coming up' });
    expect(within(upcoming).getByRole('link', { name: 'X (Twitter)' })).toBeInTheDocument();

    // Each platform can go straight into a calendar the person uses; the links leave only when followed.
    const google = within(overdue).getByRole('link', { name: /^Add to Google Calendar ?\(re-audit of LinkedIn\)/ });
    expect(google).toHaveAttribute('rel', 'noopener noreferrer');
    const params = new URL(google.getAttribute('href')!).searchParams;
    expect(params.get('text')).toBe('Privacy re-audit: LinkedIn');
    expect(params.get('recur')).toBe('RRULE:FREQ=DAILY;INTERVAL=90');
    expect(params.get('dates')?.slice(0, 8)).toBe(day(100).slice(0, 10).replace(/-/g, ''));
    expect(within(upcoming).getByRole('link', { name: /^Add to Outlook ?\(re-audit of X \(Twitter\)\)/ })).toBeInTheDocument();
  });

  it('says so when nothing has been checked yet', async () => {
    await renderApp(await openAt(testDbName(), day(1)), '/due');
    expect(await screen.findByText(/Nothing to re-audit yet/)).toBeInTheDocument();
  });
});

describe('notifications', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('never asks for permission until the person clicks to enable them', async () => {
    const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
    vi.stubGlobal('Notification', Object.assign(vi.fn(), { permission: 'default', requestPermission }));
    const user = userEvent.setup();
    const db = await seed(day(0));
    const store = await openAt(db, day(100));
    await renderApp(store, '/settings');
    const toggle = await screen.findByRole('checkbox', { name: 'Notify me when a re-audit is due' });
    expect(requestPermission).not.toHaveBeenCalled();

    await user.click(toggle);
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(store.getState().prefs.reminders?.notifications).toBe(true);
  });
});
