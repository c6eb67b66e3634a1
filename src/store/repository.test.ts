// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepository, type Memory } from './repository';
import { emptyRecords, type Records } from './draft';
import { keys, parseKey } from './keys';
import { openJournal } from './journal';
import type { Persistence } from './persistence';
import type { StorageStatus } from './status';
import type { BackupRecords } from '../schema/backup';
import { eventually, fixedNow, testDbName, testPersistence } from '../test/store-fixtures';
import { memoryStorage } from '../test/memory-storage';

const AI = 'linkedin.data-for-generative-ai-improvement';
const DONE = { status: 'done', at: '2026-11-23T10:00:00.000Z' } as const;
const FUTURE_META = { schemaVersion: 99 };

/** Memory as the store keeps it, without the store: what the repository reads values from. */
function fakeMemory() {
  const memory = { records: emptyRecords(), statuses: [] as StorageStatus[] };
  const port: Memory = {
    valueOf(key) {
      const parsed = parseKey(key);
      if (parsed?.kind === 'check') return memory.records.checks[parsed.settingId];
      if (parsed?.kind === 'note') return memory.records.notes[parsed.settingId];
      if (parsed?.kind === 'history') return memory.records.history[key];
      if (parsed?.kind === 'prefs') return memory.records.prefs;
      return undefined;
    },
    records: () => memory.records,
    show: (records: Records) => void (memory.records = records),
    showStorage: (status: StorageStatus) => void memory.statuses.push(status),
  };
  return Object.assign(memory, { port });
}

function repositoryOver(storage: Persistence | undefined, options: Partial<Parameters<typeof createRepository>[0]> = {}) {
  const memory = fakeMemory();
  const repo = createRepository({ storage, memory: memory.port, now: fixedNow(), retryDelayMs: 60_000, migrations: [], ...options });
  return { repo, memory };
}

const stored = async (db: string) => new Map(await testPersistence(db).readAll());

describe('the record repository guards every write', () => {
  it('writes nothing before stored records have been read', async () => {
    const db = testDbName();
    await testPersistence(db).commit(new Map([[keys.check(AI), DONE]]), []);
    const { repo, memory } = repositoryOver(testPersistence(db));
    // Memory is still empty: saving the check now would delete the stored one.
    memory.records.prefs = { theme: 'dark' };
    await repo.save([keys.prefs(), keys.check(AI)]);
    expect(await repo.clear()).toBe(0);
    expect(await stored(db)).toEqual(new Map([[keys.check(AI), DONE]]));
  });

  it('over records of a newer version: no commit, no quarantine, no clear, no journal', async () => {
    const db = testDbName();
    const future = new Map<string, unknown>([[keys.meta(), FUTURE_META], [keys.check(AI), { shape: 'from the future' }]]);
    await testPersistence(db).commit(future, []);
    const journal = openJournal(memoryStorage())!;
    const { repo, memory } = repositoryOver(testPersistence(db), { journal });

    const loaded = await repo.load();
    expect(repo.writeState().storage).toEqual({ kind: 'newer-version' });
    expect(loaded.unsaved).toEqual([]);
    expect(loaded.setAside).toEqual([]);

    memory.records.checks[AI] = DONE;
    await repo.save([keys.check(AI)]);
    await repo.saveJournaled([[keys.note(AI), { text: 'typed in an old tab', at: DONE.at }]]);
    expect(await repo.clear()).toBe(0);
    expect(await stored(db)).toEqual(future);
    expect(journal.entries()).toEqual([]);
  });

  it('without IndexedDB: keeps working in memory and never touches storage', async () => {
    const failing: Persistence = {
      readAll: () => Promise.reject(new Error('blocked')),
      read: () => Promise.reject(new Error('blocked')),
      commit: () => { throw new Error('a write was attempted'); },
      quarantine: () => { throw new Error('a write was attempted'); },
      clear: () => { throw new Error('a write was attempted'); },
    };
    const { repo, memory } = repositoryOver(failing);
    await repo.load();
    expect(repo.writeState()).toEqual({ hydrated: true, storage: { kind: 'memory-only' } });
    memory.records.checks[AI] = DONE;
    await repo.save([keys.check(AI)]);
    expect(await repo.clear()).toBe(0);
  });

  it('a newer version announced by another tab stops writing for good', async () => {
    const db = testDbName();
    const name = `newer-${db}`;
    const { repo, memory } = repositoryOver(testPersistence(db), { channel: new BroadcastChannel(name) });
    await repo.load();
    await testPersistence(db).commit(new Map([[keys.meta(), FUTURE_META]]), []);
    const newer = new BroadcastChannel(name);
    newer.postMessage({ keys: [keys.meta()] });
    await eventually(() => repo.writeState().storage.kind === 'newer-version');
    expect(memory.statuses).toEqual([{ kind: 'newer-version' }]);

    memory.records.checks[AI] = DONE;
    await repo.save([keys.check(AI)]);
    expect((await stored(db)).has(keys.check(AI))).toBe(false);
    newer.close();
    repo.dispose();
  });

  it('a write that fails after a newer version appeared does not re-open writing', async () => {
    const db = testDbName();
    const name = `late-${db}`;
    const real = testPersistence(db);
    let fail: (error: Error) => void = () => {};
    const slow: Persistence = { ...real, commit: () => new Promise((_, reject) => (fail = reject)) };
    const { repo, memory } = repositoryOver(slow, { channel: new BroadcastChannel(name) });
    await repo.load();
    memory.records.checks[AI] = DONE;
    const saving = repo.save([keys.check(AI)]);

    await real.commit(new Map([[keys.meta(), FUTURE_META]]), []);
    const newer = new BroadcastChannel(name);
    newer.postMessage({ keys: [keys.meta()] });
    await eventually(() => repo.writeState().storage.kind === 'newer-version');
    fail(new DOMException('full', 'QuotaExceededError'));
    await saving;
    expect(repo.writeState().storage).toEqual({ kind: 'newer-version' });
    newer.close();
    repo.dispose();
  });
});

describe('the record repository stores what memory holds', () => {
  it('commits the value memory holds when it writes, and deletes what memory no longer holds', async () => {
    const db = testDbName();
    const { repo, memory } = repositoryOver(testPersistence(db));
    await repo.load();
    memory.records.checks[AI] = DONE;
    await repo.save([keys.check(AI)]);
    expect((await stored(db)).get(keys.check(AI))).toEqual(DONE);

    delete memory.records.checks[AI];
    await repo.save([keys.check(AI)]);
    expect((await stored(db)).has(keys.check(AI))).toBe(false);
  });

  it('keeps a failed write pending, says why, and a retry stores the newest value', async () => {
    const db = testDbName();
    const real = testPersistence(db);
    let full = false;
    const flaky: Persistence = { ...real, commit: (puts, deletes) => (full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real.commit(puts, deletes)) };
    const { repo, memory } = repositoryOver(flaky);
    await repo.load();

    full = true;
    memory.records.checks[AI] = { status: 'skipped', at: DONE.at };
    await repo.save([keys.check(AI)]);
    expect(repo.writeState().storage).toEqual({ kind: 'write-failed', quota: true });
    expect(memory.statuses).toEqual([{ kind: 'write-failed', quota: true }]);

    full = false;
    memory.records.checks[AI] = DONE;
    await repo.retry();
    expect((await stored(db)).get(keys.check(AI))).toEqual(DONE);
    expect(memory.statuses.at(-1)).toEqual({ kind: 'ok' });
    repo.dispose();
  });

  it('journals a note first, and drops the journal entry once IndexedDB has it', async () => {
    const db = testDbName();
    const journal = openJournal(memoryStorage())!;
    const { repo, memory } = repositoryOver(testPersistence(db), { journal });
    await repo.load();
    const note = { text: 'off on the phone', at: DONE.at };
    memory.records.notes[AI] = note;
    const saving = repo.saveJournaled([[keys.note(AI), note]]);
    expect(journal.entries()).toEqual([[keys.note(AI), note]]);
    await saving;
    expect(journal.entries()).toEqual([]);
    expect((await stored(db)).get(keys.note(AI))).toEqual(note);
  });

  it('tells other tabs which keys it wrote; they re-read those, but never over a value they are still saving', async () => {
    const db = testDbName();
    const name = `tabs-${db}`;
    const real = testPersistence(db);
    let busy = false;
    const a = repositoryOver(testPersistence(db), { channel: new BroadcastChannel(name) });
    const b = repositoryOver({ ...real, commit: (puts, deletes) => (busy ? Promise.reject(new Error('busy')) : real.commit(puts, deletes)) }, {
      channel: new BroadcastChannel(name),
    });
    await a.repo.load();
    await b.repo.load();

    busy = true;
    b.memory.records.notes[AI] = { text: 'typing in tab B', at: DONE.at };
    await b.repo.save([keys.note(AI)]);
    a.memory.records.checks[AI] = DONE;
    a.memory.records.notes[AI] = { text: 'from tab A', at: DONE.at };
    await a.repo.save([keys.check(AI), keys.note(AI)]);

    await eventually(() => b.memory.records.checks[AI]?.status === 'done');
    expect(b.memory.records.notes[AI]?.text).toBe('typing in tab B');
    a.repo.dispose();
    b.repo.dispose();
  });
});

describe('the record repository keeps the import snapshot and the visit', () => {
  it('stores the snapshot with the import, reads it back, and forgets it on undo', async () => {
    const db = testDbName();
    const { repo } = repositoryOver(testPersistence(db));
    await repo.load();
    const before: BackupRecords = { checks: { [AI]: DONE }, notes: {}, history: [], prefs: {} };
    repo.keepSnapshot(before);
    await repo.save([keys.snapshot()]);

    const again = repositoryOver(testPersistence(db));
    await again.repo.load();
    expect(again.repo.hasSnapshot()).toBe(true);
    expect(again.repo.takeSnapshot()).toEqual(before);
    expect(again.repo.hasSnapshot()).toBe(false);
    await again.repo.save([keys.snapshot()]);
    expect((await stored(db)).has(keys.snapshot())).toBe(false);
  });

  it('writes the visit to meta once memory shows what was loaded, and reports the previous one', async () => {
    const db = testDbName();
    await testPersistence(db).commit(new Map([[keys.meta(), { schemaVersion: 1, lastVisit: '2026-11-01T08:00:00.000Z', catalogueVersionSeen: 'v' }]]), []);
    const { repo } = repositoryOver(testPersistence(db));
    const loaded = await repo.load();
    expect(loaded.previousVisit).toBe('2026-11-01T08:00:00.000Z');
    expect(loaded.unsaved).toEqual([keys.meta()]);
    await repo.save(loaded.unsaved);
    expect((await stored(db)).get(keys.meta())).toEqual({ schemaVersion: 1, lastVisit: '2026-11-23T10:00:00.000Z', catalogueVersionSeen: 'v' });
  });

  it('clearing removes every record, forgets what was pending, and tells other tabs', async () => {
    const db = testDbName();
    const name = `clear-${db}`;
    const { repo, memory } = repositoryOver(testPersistence(db), { channel: new BroadcastChannel(name) });
    const other = repositoryOver(testPersistence(db), { channel: new BroadcastChannel(name) });
    await repo.load();
    await other.repo.load();
    memory.records.checks[AI] = DONE;
    await repo.save([keys.meta(), keys.check(AI)]);
    await eventually(() => other.memory.records.checks[AI] !== undefined);

    expect(await repo.clear()).toBe(2);
    expect(await testPersistence(db).readAll()).toEqual([]);
    await eventually(() => other.memory.records.checks[AI] === undefined);
    await repo.retry();
    expect(await testPersistence(db).readAll()).toEqual([]);
    repo.dispose();
    other.repo.dispose();
  });
});
