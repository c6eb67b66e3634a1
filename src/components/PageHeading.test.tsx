import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { storeAfterCatalogue, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

describe('the tab’s title', () => {
  it('follows the page when moving inside the app, as the prerendered pages have it', async () => {
    const user = userEvent.setup();
    const store = await storeAfterCatalogue(testDbName());
    await store.getState().choosePlatforms(['linkedin']);
    await renderApp(store, '/platforms/linkedin');
    await waitFor(() => expect(document.title).toBe('LinkedIn privacy settings, step by step · Privacy Checkup'));

    await user.click(screen.getByRole('link', { name: 'All platforms' }));
    await screen.findByRole('heading', { level: 1, name: 'Your privacy checkup' });
    await waitFor(() => expect(document.title).toBe('Privacy Checkup: take back control of your data'));

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const heading = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe(`${heading.textContent} · Privacy Checkup`));
    expect(heading.textContent).not.toBe('');
  });
});
