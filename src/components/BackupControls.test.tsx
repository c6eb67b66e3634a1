import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createBackup } from '../backup/backup';
import { encryptBackupText } from '../backup/encryption';
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
    expect(await screen.findByText(/^Backup merged\./)).toBeInTheDocument();
    expect(store.getState().checks[AI]?.status).toBe('done');
    await user.click(await screen.findByRole('button', { name: 'Undo the import' }));
    expect(await screen.findByText(/^Import undone/)).toBeInTheDocument();
    expect(store.getState().checks[AI]?.status).toBe('skipped');
    expect(store.getState().prefs.platforms).toEqual(['linkedin']);
  });
});

describe('a protected backup', () => {
  const backup = createBackup(
    { checks: { [AI]: { status: 'done', at: '2030-01-01T00:00:00.000Z' } }, notes: {}, history: [], prefs: { platforms: ['linkedin'] } },
    'v', new Date('2030-01-01T00:00:00.000Z'),
  );

  it('is refused with a wrong passphrase, changing nothing, and opens with the right one', async () => {
    const user = userEvent.setup();
    const { db, store, input } = await setUp();
    const before = await testPersistence(db).readAll();
    const sealed = await encryptBackupText(JSON.stringify(backup), 'a long enough passphrase', 1000);
    await user.upload(input, new File([sealed], 'backup.protected.json', { type: 'application/json' }));

    expect(await screen.findByText('This backup is protected with a passphrase.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase of this backup'), 'the wrong one');
    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This passphrase does not open the file');
    expect(store.getState().checks[AI]?.status).toBe('skipped');
    expect(await testPersistence(db).readAll()).toEqual(before);

    await user.clear(screen.getByLabelText('Passphrase of this backup'));
    await user.type(screen.getByLabelText('Passphrase of this backup'), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(await screen.findByText(/This file holds 1 settings on 1 platforms; 1 newer than yours/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Merge (keep the newest decision for each setting)' }));
    expect(await screen.findByText(/^Backup merged\./)).toBeInTheDocument();
    expect(store.getState().checks[AI]?.status).toBe('done');
  }, 20_000);

  it('is made only with a long enough passphrase typed twice alike, and holds no readable platform name', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    await setUp();
    const download = screen.getByRole('button', { name: 'Download a protected backup' });

    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'short');
    await user.click(download);
    expect(screen.getByRole('alert')).toHaveTextContent('at least 10 characters');
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'long enough passphrase');
    await user.click(download);
    expect(screen.getByRole('alert')).toHaveTextContent('not the same');
    expect(saved).toHaveLength(0);

    await user.clear(screen.getByLabelText('Type the passphrase again'));
    await user.type(screen.getByLabelText('Type the passphrase again'), 'long enough passphrase');
    await user.click(download);
    // The real 600,000-iteration key derivation runs here: allow it time on a busy machine.
    expect(await screen.findByText(/Protected backup downloaded/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const text = await saved[0]!.text();
    expect(text).toMatch(/^\{"type":"privacy-checkup-encrypted-backup"/);
    expect(text).not.toMatch(/linkedin|LinkedIn/);
  }, 20_000);

  it('says so, downloads nothing and stays usable where the browser cannot encrypt', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:test'));
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(new Error('no Web Crypto here'));
    await setUp();
    await user.type(screen.getByLabelText('Passphrase'), 'long enough passphrase');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Download a protected backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not encrypt the backup here');
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Download a protected backup' })).toBeEnabled();
  }, 20_000);
});
