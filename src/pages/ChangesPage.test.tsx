import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { changes } from 'virtual:catalogue/changes';
import { keys } from '../store/keys';
import { storeAfterCatalogue, testDbName, testPersistence } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';
import { loadLocale } from '../i18n/load-locale';

afterEach(() => loadLocale('en'));

describe('what’s changed', () => {
  it('lists the person’s platforms’ changes newest first, says which changed since they checked, and can show all', async () => {
    const user = userEvent.setup();
    const db = testDbName();
    const linkedin = changes.filter((c) => c.platformId === 'linkedin');
    const checked = linkedin.at(-1)!;
    await testPersistence(db).commit(new Map<string, unknown>([
      [keys.prefs(), { platforms: ['linkedin'] }],
      [keys.check(checked.settingId), { status: 'done', at: `${checked.date}T12:00:00.000Z` }],
    ]), []);
    const store = await storeAfterCatalogue(db);
    await renderApp(store, '/changes');

    expect(await screen.findByRole('heading', { level: 1, name: 'What’s changed' })).toBeInTheDocument();
    expect(screen.getByText(`${linkedin.length} changes`)).toHaveAttribute('role', 'status');
    const items = within(screen.getByRole('list', { name: 'Recorded changes' })).getAllByRole('listitem');
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(items.every((li) => within(li).getByRole('link', { name: /^LinkedIn: / }))).toBe(true);
    const newer = linkedin.filter((c) => c.settingId === checked.settingId && c.date > checked.date);
    expect(screen.queryAllByText('Changed since you checked it')).toHaveLength(newer.length);

    await user.click(screen.getByRole('checkbox', { name: 'Only my platforms' }));
    expect(screen.getByText(`${changes.length} changes`)).toBeInTheDocument();
  });

  it('links to the feed, which lives on this site', async () => {
    await renderApp(await storeAfterCatalogue(testDbName()), '/changes');
    expect(await screen.findByRole('link', { name: /feed reader/ })).toHaveAttribute('href', '/changes.xml');
  });

  it('on a German page, links to the same feed and says it is in English (there is one feed, written in English)', async () => {
    await loadLocale('de');
    await renderApp(await storeAfterCatalogue(testDbName()), '/changes');
    const feed = await screen.findByRole('link', { name: /Feedreader/ });
    expect(feed).toHaveAttribute('href', '/changes.xml');
    expect(feed).toHaveAttribute('hreflang', 'en');
    // The change notes are written in English: a screen reader reads them as English.
    const notes = new Set(changes.map((c) => c.summary));
    const shown = screen.getAllByText((_, element) => element?.tagName === 'P' && notes.has(element.textContent ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    for (const note of shown) expect(note).toHaveAttribute('lang', 'en');
    // So are the settings' names inside each item's German heading.
    for (const heading of screen.getAllByRole('heading', { level: 2 })) expect(heading.querySelector('a [lang="en"]')).not.toBeNull();
  });
});
