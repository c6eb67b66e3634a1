import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keys } from '../store/keys';
import { createAppStore } from '../store/store';
import { fixedNow, hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

describe('storage messages', () => {
  it('says plainly that progress will not be saved when IndexedDB is unavailable', async () => {
    const store = createAppStore({ storage: undefined, now: fixedNow() });
    await store.getState().hydrate();
    await renderApp(store);
    expect(await screen.findByRole('alert')).toHaveTextContent('your progress will be lost when you close this tab');
  });

  it('tells the person a corrupt record was set aside, not deleted, and offers it for download', async () => {
    const db = testDbName();
    await testPersistence(db).commit(new Map([[keys.check('linkedin.data-for-generative-ai-improvement'), 'garbage']]), []);
    const store = await hydratedStore(db);
    await renderApp(store);
    expect(screen.getByText(/1 saved record could not be read/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download them' })).toBeInTheDocument();
  });
});
