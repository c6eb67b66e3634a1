// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BackupRecords } from '../schema/backup';
import { eventually, hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';

const AI = 'linkedin.data-for-generative-ai-improvement';
const GROK = 'x.grok-ai-training';

const incoming: BackupRecords = {
  checks: { [AI]: { status: 'done', at: '2026-11-24T09:00:00.000Z' }, [GROK]: { status: 'skipped', at: '2026-11-01T09:00:00.000Z' } },
  notes: { [GROK]: { text: 'from the other laptop', at: '2026-11-01T09:00:00.000Z' } },
  history: [{ settingId: GROK, status: 'skipped', at: '2026-11-01T09:00:00.000Z' }],
  prefs: { platforms: ['x'] },
};

describe('importing a backup into the store', () => {
  it('merges: newest decision per setting wins, and a fresh store reads the result', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().choosePlatforms(['linkedin']);
    await store.getState().setStatus(AI, 'skipped');
    await store.getState().importRecords(incoming, 'merge');

    const fresh = await hydratedStore(db);
    expect(fresh.getState().checks[AI]?.status).toBe('done');
    expect(fresh.getState().checks[GROK]?.status).toBe('skipped');
    expect(fresh.getState().notes[GROK]?.text).toBe('from the other laptop');
    expect(fresh.getState().prefs.platforms).toEqual(['linkedin', 'x']);
    expect(Object.values(fresh.getState().history)).toHaveLength(2);
  });

  it('replace, then undo — even after a reload — puts everything back as it was', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().choosePlatforms(['linkedin']);
    await store.getState().setStatus(AI, 'not-applicable');
    store.getState().setNote(AI, 'mine');
    await store.getState().flushNotes();
    const before = store.getState().exportRecords();

    await store.getState().importRecords(incoming, 'replace');
    expect(store.getState().checks[AI]?.status).toBe('done');
    expect(store.getState().notes[AI]).toBeUndefined();

    const reloaded = await hydratedStore(db);
    expect(reloaded.getState().canUndoImport).toBe(true);
    await reloaded.getState().undoImport();
    expect(reloaded.getState().exportRecords()).toEqual(before);
    expect((await hydratedStore(db)).getState().exportRecords()).toEqual(before);
    expect((await hydratedStore(db)).getState().canUndoImport).toBe(false);
  });
});

describe('forgetting everything', () => {
  it('removes every record, in this tab and the other', async () => {
    const db = testDbName();
    const name = `forget-${db}`;
    const tabA = await hydratedStore(db, { channel: new BroadcastChannel(name) });
    const tabB = await hydratedStore(db, { channel: new BroadcastChannel(name) });
    await tabA.getState().choosePlatforms(['linkedin']);
    await tabA.getState().setStatus(AI, 'done');
    await eventually(() => tabB.getState().checks[AI]?.status === 'done');

    const removed = await tabA.getState().forgetEverything();
    expect(removed).toBe(4); // meta, prefs, the check and its history line
    expect(await testPersistence(db).readAll()).toEqual([]);
    expect(tabA.getState().prefs.platforms).toBeUndefined();
    await eventually(() => tabB.getState().checks[AI] === undefined && tabB.getState().prefs.platforms === undefined);
    tabA.getState().dispose();
    tabB.getState().dispose();
  });
});
