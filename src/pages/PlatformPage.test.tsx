import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/catalogue';
import { createAppStore } from '../store/store';
import { fixedNow, storeAfterCatalogue, testDbName, testPersistence } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const catalogueIndex = await loadCatalogue();

const featured = { setting: catalogueIndex.setting(catalogueIndex.featured!.settingId)! };
const linkedin = catalogueIndex.platforms.find((p) => p.id === 'linkedin')!;

async function openLinkedIn() {
  const store = await storeAfterCatalogue(testDbName());
  await store.getState().choosePlatforms(['linkedin']);
  await renderApp(store, '/platforms/linkedin');
  const card = await screen.findByRole('article', { name: featured.setting.title });
  return { store, card };
}

describe('a platform checklist', () => {
  it('ticking a setting updates the platform progress at once', async () => {
    const user = userEvent.setup();
    const { card } = await openLinkedIn();
    const progress = screen.getByRole('progressbar', { name: 'LinkedIn progress' });
    expect(progress).toHaveAttribute('value', '0');

    await user.click(within(card).getByRole('button', { name: 'Done' }));

    expect(within(card).getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
    expect(progress).toHaveAttribute('value', '1');
    expect(screen.getByText(new RegExp(`^1 of ${linkedin.settings.length} dealt with`))).toBeInTheDocument();
  });

  it('skipped stays open and not applicable counts as dealt with', async () => {
    const user = userEvent.setup();
    const { card } = await openLinkedIn();
    const progress = screen.getByRole('progressbar', { name: 'LinkedIn progress' });
    await user.click(within(card).getByRole('button', { name: 'Skip for now' }));
    expect(progress).toHaveAttribute('value', '0');
    await user.click(within(card).getByRole('button', { name: 'Not applicable' }));
    expect(progress).toHaveAttribute('value', '1');
  });

  it('a status change can be undone from the toast', async () => {
    const user = userEvent.setup();
    const { card, store } = await openLinkedIn();
    await user.click(within(card).getByRole('button', { name: 'Done' }));

    const toast = screen.getAllByRole('status').find((el) => el.classList.contains('toast-region'))!;
    expect(toast).toHaveTextContent(`“${featured.setting.title}” marked done. LinkedIn: 1 of ${linkedin.settings.length} dealt with.`);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));

    expect(within(card).getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().checks[featured.setting.id]).toBeUndefined();
  });

  it('keeps a note typed against a setting', async () => {
    const user = userEvent.setup();
    const { card, store } = await openLinkedIn();
    await user.type(within(card).getByRole('textbox', { name: 'Note (optional)' }), 'Off on desktop');
    await store.getState().flushNotes();
    expect(store.getState().notes[featured.setting.id]?.text).toBe('Off on desktop');
  });

  it('shows the deep link beside the menu path, opening safely in a new tab', async () => {
    const { card } = await openLinkedIn();
    const link = within(card).getByRole('link', { name: /Go straight to the setting/ });
    expect(link).toHaveAttribute('href', 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(card).getByText(/Data privacy/, { selector: '.menu-path' })).toBeInTheDocument();
  });

  it('keeps the controls disabled until stored progress is loaded', async () => {
    const store = createAppStore({ storage: testPersistence(testDbName()), now: fixedNow() });
    await renderApp(store, '/platforms/linkedin');
    const card = await screen.findByRole('article', { name: featured.setting.title });
    expect(within(card).getByRole('button', { name: 'Done' })).toBeDisabled();
    await store.getState().hydrate();
    expect(await within(card).findByRole('button', { name: 'Done' })).toBeEnabled();
  });

  it('shows a not-found page with a way home for an unknown platform', async () => {
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store, '/platforms/myspace');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
  });
});

describe('opening a platform page', () => {
  it('shows every live setting, the leading one first, and scrolls to the one a link names once it is there', async () => {
    const live = linkedin.settings.filter((s) => !s.retired);
    const last = live.at(-1)!;
    const scrolled: Element[] = [];
    // jsdom does not scroll; record which element was asked to.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    window.history.replaceState(null, '', `#${last.id}`);
    try {
      await renderApp(await storeAfterCatalogue(testDbName()), `/platforms/linkedin#${last.id}`);
      expect(screen.getAllByRole('article')[0]).toHaveAccessibleName(featured.setting.title);
      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(live.length));
      await waitFor(() => expect(scrolled.map((e) => e.id)).toEqual([last.id]));
    } finally {
      window.history.replaceState(null, '', '/');
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });
});

describe('printing a platform page', () => {
  it('opens every collapsed section while printing, and closes them again after', async () => {
    const { card } = await openLinkedIn();
    const details = [...card.querySelectorAll('details')];
    expect(details.some((d) => !d.open)).toBe(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.some((d) => !d.open)).toBe(true);
  });
});

describe('the platform page leads with its settings', () => {
  it('folds the description and region history into one line with “more”, after the heading and before the cards', async () => {
    const user = userEvent.setup();
    const { card } = await openLinkedIn();
    const more = screen.getByText('more');
    expect(more.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const regions = screen.getByText(/AI training history/);
    expect(regions).not.toBeVisible();
    await user.click(more);
    expect(regions).toBeVisible();
    expect(screen.getByText('less')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open LinkedIn’s privacy settings/ })).toBeVisible();
  });
});
