import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/store';
import { keepsNothing, stopKeepingNothing } from '../store/visit';
import { memoryStorage } from '../test/memory-storage';
import { fixedNow } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const AI = 'linkedin.data-for-generative-ai-improvement';

/** Whether leaving the page now would be questioned. */
const leavingAsks = () => !dispatchEvent(new Event('beforeunload', { cancelable: true }));

describe('nothing kept on this device', () => {
  it('is asked for by the address and stays for the tab, until stopped', () => {
    const session = memoryStorage();
    expect(keepsNothing(new URL('http://x/'), session)).toBe(false);
    expect(keepsNothing(new URL('http://x/?nothing-kept'), session)).toBe(true);
    expect(keepsNothing(new URL('http://x/platforms/linkedin'), session)).toBe(true);
    stopKeepingNothing(session);
    expect(keepsNothing(new URL('http://x/'), session)).toBe(false);
  });

  it('says so instead of the storage warning, and asks before closing while progress is not in a backup', async () => {
    const user = userEvent.setup();
    const store = createAppStore({ storage: undefined, now: fixedNow(), nothingKept: true });
    await store.getState().hydrate();
    await renderApp(store, '/');
    const banner = await screen.findByRole('region', { name: 'Nothing kept on this device' });
    expect(screen.queryByText(/not letting the app save data/)).not.toBeInTheDocument();
    expect(leavingAsks()).toBe(false);

    await store.getState().setStatus(AI, 'done');
    await vi.waitFor(() => expect(leavingAsks()).toBe(true));

    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:backup');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(within(banner).getByRole('button', { name: 'Download a backup before closing' }));
    expect(await within(banner).findByText(/Backup downloaded/)).toBeInTheDocument();
    expect(leavingAsks()).toBe(false);

    store.getState().setNote(AI, 'after the backup');
    await vi.waitFor(() => expect(leavingAsks()).toBe(true));
    vi.restoreAllMocks();
  });
});
