import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../backup/backup';
import { hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const AI = 'linkedin.data-for-generative-ai-improvement';

async function setUp() {
  const db = testDbName();
  const store = await hydratedStore(db);
  await store.getState().choosePlatforms(['linkedin']);
  await store.getState().setStatus(AI, 'skipped');
  await renderApp(store, '/settings');
  return { db, store, input: await screen.findByLabelText('Choose a backup file') };
}

describe('restoring a backup', () => {
  it('refuses a corrupted file with a clear message, and changes nothing', async () => {
    const user = userEvent.setup();
    const { db, store, input } = await setUp();
    const before = await testPersistence(db).readAll();
    await user.upload(input, new File(['{"type":"privacy-checkup-backup","format":1,"records":{"che'], 'backup.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('damaged or cut short). Nothing was changed.');
    expect(store.getState().checks[AI]?.status).toBe('skipped');
    expect(await testPersistence(db).readAll()).toEqual(before);
  });

  it('shows what will change, merges only when asked, and can be undone', async () => {
    const user = userEvent.setup();
    const { store, input } = await setUp();
    const backup = createBackup(
      { checks: { [AI]: { status: 'done', at: '2030-01-01T00:00:00.000Z' } }, notes: {}, history: [], prefs: { platforms: ['x'] } },
      'v', new Date('2030-01-01T00:00:00.000Z'),
    );
    await user.upload(input, new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' }));
    expect(await screen.findByText(/This file holds 1 settings on 1 platforms; 1 newer than yours/)).toBeInTheDocument();
    expect(store.getState().checks[AI]?.status).toBe('skipped');

    await user.click(screen.getByRole('button', { name: 'Merge (keep the newest decision for each setting)' }));
    expect(store.getState().checks[AI]?.status).toBe('done');
    await user.click(await screen.findByRole('button', { name: 'Undo the import' }));
    expect(store.getState().checks[AI]?.status).toBe('skipped');
    expect(store.getState().prefs.platforms).toEqual(['linkedin']);
  });
});
