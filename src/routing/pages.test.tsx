import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hydratedStore, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';
import type * as PlatformChunks from '../catalogue/platform-entries';

// LinkedIn's chunk fails as it does offline before a full visit; the settings page throws while rendering.
vi.mock('../catalogue/platform-entries', async (importOriginal) => {
  const actual = await importOriginal<typeof PlatformChunks>();
  const failed = Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  failed.catch(() => {});
  return { ...actual, loadPlatform: (id: string) => (id === 'linkedin' ? failed : actual.loadPlatform(id)) };
});
vi.mock('../pages/SettingsPage', () => ({
  default: () => {
    throw new Error('a bug in the page');
  },
}));

describe('when a page cannot load', () => {
  it('says so plainly inside the app, with a way to retry, and keeps the navigation', async () => {
    await renderApp(await hydratedStore(testDbName()), '/platforms/linkedin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something did not load' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('other platforms still open', async () => {
    await renderApp(await hydratedStore(testDbName()), '/platforms/x');
    expect(await screen.findByRole('heading', { level: 1, name: 'X (Twitter)' })).toBeInTheDocument();
  });

  it('a page that fails while rendering shows the same message, and moving on clears it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    await renderApp(await hydratedStore(testDbName()), '/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something did not load' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Dashboard' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your privacy checkup' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something did not load' })).not.toBeInTheDocument();
  });
});
