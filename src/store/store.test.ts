// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { keys } from './keys';
import type { Persistence } from './persistence';
import { eventually, fixedNow, hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';

const AI = 'linkedin.data-for-generative-ai-improvement';
const ADS = 'linkedin.data-from-others-for-ads';

describe('app store over IndexedDB', () => {
  it('a tick is read back by a fresh store', async () => {
    const db = testDbName();
    const first = await hydratedStore(db);
    await first.getState().setStatus(AI, 'done');

    const second = await hydratedStore(db);
    expect(second.getState().checks[AI]).toEqual({ status: 'done', at: '2026-11-23T10:00:00.000Z' });
    expect(Object.values(second.getState().history)).toEqual([{ settingId: AI, status: 'done', at: '2026-11-23T10:00:00.000Z' }]);
  });

  it('writes each check as its own record, not one blob', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().setStatus(AI, 'done');
    await store.getState().setStatus(ADS, 'skipped');
    const stored = new Map(await testPersistence(db).readAll());
    expect(stored.get(keys.check(AI))).toMatchObject({ status: 'done' });
    expect(stored.get(keys.check(ADS))).toMatchObject({ status: 'skipped' });
  });

  it('ignores changes made before hydration and writes nothing', async () => {
    const db = testDbName();
    const store = createAppStore({ storage: testPersistence(db), now: fixedNow() });
    await store.getState().setStatus(AI, 'done');
    expect(store.getState().checks[AI]).toBeUndefined();
    expect(await testPersistence(db).readAll()).toEqual([]);
  });

  it('two stores on one database see each other’s changes through the channel', async () => {
    const db = testDbName();
    const name = `channel-${db}`;
    const tabA = await hydratedStore(db, { channel: new BroadcastChannel(name) });
    const tabB = await hydratedStore(db, { channel: new BroadcastChannel(name) });

    await tabA.getState().setStatus(AI, 'done');
    await tabB.getState().setStatus(ADS, 'not-applicable');
    await eventually(() => tabB.getState().checks[AI]?.status === 'done' && tabA.getState().checks[ADS]?.status === 'not-applicable');

    tabA.getState().dispose();
    tabB.getState().dispose();
    const fresh = await hydratedStore(db);
    expect(Object.keys(fresh.getState().checks).sort()).toEqual([AI, ADS].sort());
  });

  it('moves a corrupt record aside instead of overwriting it', async () => {
    const db = testDbName();
    const corrupt = { status: 'finished', at: 42 };
    await testPersistence(db).commit(new Map([[keys.check(AI), corrupt]]), []);

    const store = await hydratedStore(db);
    expect(store.getState().checks[AI]).toBeUndefined();
    expect(store.getState().setAside).toEqual([{ key: `quarantine/2026-11-23T10:00:00.000Z/${keys.check(AI)}`, value: corrupt }]);

    await store.getState().setStatus(AI, 'done');
    const stored = new Map(await testPersistence(db).readAll());
    expect(stored.get(`quarantine/2026-11-23T10:00:00.000Z/${keys.check(AI)}`)).toEqual(corrupt);
    expect(stored.get(keys.check(AI))).toMatchObject({ status: 'done' });
  });

  it('stops writing when a newer version of the app wrote the records', async () => {
    const db = testDbName();
    await testPersistence(db).commit(new Map<string, unknown>([[keys.meta(), { schemaVersion: 99 }], [keys.check(AI), { shape: 'from the future' }]]), []);

    const store = await hydratedStore(db);
    expect(store.getState().storage).toEqual({ kind: 'newer-version' });
    await store.getState().setStatus(ADS, 'done');
    const stored = new Map(await testPersistence(db).readAll());
    expect(stored.get(keys.check(AI))).toEqual({ shape: 'from the future' });
    expect(stored.has(keys.check(ADS))).toBe(false);
    expect(stored.get(keys.meta())).toEqual({ schemaVersion: 99 });
  });

  it('a tab running an older version cannot wipe the records either', async () => {
    const db = testDbName();
    await testPersistence(db).commit(new Map<string, unknown>([[keys.meta(), { schemaVersion: 99 }], [keys.check(AI), { shape: 'from the future' }]]), []);
    const store = await hydratedStore(db);

    expect(await store.getState().forgetEverything()).toBe(0);
    const stored = new Map(await testPersistence(db).readAll());
    expect(stored.get(keys.check(AI))).toEqual({ shape: 'from the future' });
    expect(stored.get(keys.meta())).toEqual({ schemaVersion: 99 });
  });

  it('works in memory when IndexedDB is unavailable', async () => {
    const store = createAppStore({ storage: undefined, now: fixedNow() });
    await store.getState().hydrate();
    expect(store.getState().storage).toEqual({ kind: 'memory-only' });
    await store.getState().setStatus(AI, 'done');
    expect(store.getState().checks[AI]?.status).toBe('done');
  });

  it('keeps a change in memory when the disk is full, says so, and saves it on retry', async () => {
    const db = testDbName();
    const real = testPersistence(db);
    let full = true;
    const flaky: Persistence = {
      ...real,
      commit: (puts, deletes) => (full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real.commit(puts, deletes)),
    };
    const store = createAppStore({ storage: flaky, now: fixedNow(), retryDelayMs: 60_000 });
    full = false;
    await store.getState().hydrate();
    full = true;
    await store.getState().setStatus(AI, 'done');
    expect(store.getState().storage).toEqual({ kind: 'write-failed', quota: true });
    expect(store.getState().checks[AI]?.status).toBe('done');

    full = false;
    await store.getState().retryWrites();
    expect(store.getState().storage).toEqual({ kind: 'ok' });
    expect((await hydratedStore(db)).getState().checks[AI]?.status).toBe('done');
    store.getState().dispose();
  });

  it('undo restores the previous status and records it in history', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().setStatus(AI, 'skipped');
    await store.getState().setStatus(AI, 'done');
    await store.getState().undo();
    expect(store.getState().checks[AI]?.status).toBe('skipped');
    expect(store.getState().lastChange).toBeUndefined();

    const fresh = await hydratedStore(db);
    expect(fresh.getState().checks[AI]?.status).toBe('skipped');
    expect(Object.values(fresh.getState().history).map((h) => h.status)).toHaveLength(3);
  });

  it('saves a note at every keystroke, without waiting, and deletes it when emptied', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    const stored = async () => new Map(await testPersistence(db).readAll()).get(keys.note(AI));
    store.getState().setNote(AI, 'Turned off on my phon');
    // Saved within a few milliseconds: no debounce timer stands between a keystroke and the disk.
    let saved: unknown;
    for (let i = 0; i < 20 && !saved; i++) {
      saved = await stored();
      if (!saved) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(saved).toMatchObject({ text: 'Turned off on my phon' });

    store.getState().setNote(AI, '');
    await store.getState().flushNotes();
    expect(await stored()).toBeUndefined();
    store.getState().dispose();
  });

  it('remembers the chosen platforms and the previous visit', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    expect(store.getState().prefs.platforms).toBeUndefined();
    await store.getState().choosePlatforms(['linkedin', 'x', 'linkedin']);

    const later = createAppStore({ storage: testPersistence(db), now: fixedNow('2026-12-01T08:00:00.000Z') });
    await later.getState().hydrate();
    expect(later.getState().prefs.platforms).toEqual(['linkedin', 'x']);
    expect(later.getState().previousVisit).toBe('2026-11-23T10:00:00.000Z');
  });
});
