import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';
import { chosenLanguage } from '../i18n/languages';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('choosing a language', () => {
  it('every page links to itself in each language, the current one marked', async () => {
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store, '/settings');
    const picker = screen.getByRole('navigation', { name: 'Language' });
    expect(within(picker).getByRole('link', { name: 'Deutsch' })).toHaveAttribute('href', '/de/settings');
    expect(within(picker).getByRole('link', { name: 'Español' })).toHaveAttribute('href', '/es/settings');
    expect(within(picker).getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers the browser’s language on the home page, and dismissing it keeps English next time', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en']);
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store);
    const offer = screen.getByRole('complementary', { name: 'This page in your language' });
    expect(within(offer).getByRole('link', { name: 'Auf Deutsch lesen' })).toHaveAttribute('href', '/de/');
    await user.click(within(offer).getByRole('button', { name: 'No thanks' }));
    expect(screen.queryByRole('complementary', { name: 'This page in your language' })).not.toBeInTheDocument();
    expect(chosenLanguage()).toBe('en');
  });

  it('offers nothing to a browser that prefers English', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'de']);
    const store = await storeAfterCatalogue(testDbName());
    await renderApp(store);
    expect(screen.queryByRole('complementary', { name: 'This page in your language' })).not.toBeInTheDocument();
  });
});
