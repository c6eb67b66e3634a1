// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openJournal } from './journal';
import { keys } from './keys';
import { hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { memoryStorage } from '../test/memory-storage';

const AI = 'linkedin.data-for-generative-ai-improvement';

describe('the note journal', () => {
  it('replays a keystroke that reached the journal but not IndexedDB (tab closed mid-typing)', async () => {
    const db = testDbName();
    const storage = memoryStorage();
    const journal = openJournal(storage)!;
    await testPersistence(db).commit(new Map([[keys.note(AI), { text: 'ha', at: '2026-11-23T10:00:00.000Z' }]]), []);
    journal.write(keys.note(AI), { text: 'half typed', at: '2026-11-23T10:00:01.000Z' });

    const store = await hydratedStore(db, { journal });
    expect(store.getState().notes[AI]?.text).toBe('half typed');
    expect(new Map(await testPersistence(db).readAll()).get(keys.note(AI))).toMatchObject({ text: 'half typed' });
    expect(journal.entries()).toEqual([]);
  });

  it('ignores a journal entry older than what IndexedDB holds, and junk', async () => {
    const db = testDbName();
    const storage = memoryStorage();
    const journal = openJournal(storage)!;
    await testPersistence(db).commit(new Map([[keys.note(AI), { text: 'newer', at: '2026-11-23T10:00:05.000Z' }]]), []);
    journal.write(keys.note(AI), { text: 'older', at: '2026-11-23T10:00:01.000Z' });
    storage.setItem('privacy-checkup:journal:default/note/x.y', '{not json');

    const store = await hydratedStore(db, { journal });
    expect(store.getState().notes[AI]?.text).toBe('newer');
    expect(journal.entries()).toEqual([]);
  });

  it('is cleared once IndexedDB has the note', async () => {
    const db = testDbName();
    const journal = openJournal(memoryStorage())!;
    const store = await hydratedStore(db, { journal });
    store.getState().setNote(AI, 'saved');
    expect(journal.entries()).toHaveLength(1);
    await store.getState().flushNotes();
    expect(journal.entries()).toEqual([]);
  });

  it('replays a status change and its history line that reached the journal but not IndexedDB (tab closed right after a click)', async () => {
    const db = testDbName();
    const journal = openJournal(memoryStorage())!;
    const at = '2026-11-23T10:00:01.000Z';
    const line = keys.history(at, 'abc12345');
    journal.write(keys.check(AI), { check: { status: 'done', at }, at });
    journal.write(line, { settingId: AI, status: 'done', at });

    const store = await hydratedStore(db, { journal });
    expect(store.getState().checks[AI]).toEqual({ status: 'done', at });
    const stored = new Map(await testPersistence(db).readAll());
    expect(stored.get(keys.check(AI))).toEqual({ status: 'done', at });
    expect(stored.get(line)).toEqual({ settingId: AI, status: 'done', at });
    expect(journal.entries()).toEqual([]);
  });

  it('replays a cleared status (an undo) as a deletion, and lets a later change from another tab win', async () => {
    const db = testDbName();
    const journal = openJournal(memoryStorage())!;
    const OTHER = 'linkedin.two-step-verification';
    await testPersistence(db).commit(new Map([
      [keys.check(AI), { status: 'done', at: '2026-11-23T10:00:00.000Z' }],
      [keys.check(OTHER), { status: 'skipped', at: '2026-11-23T10:00:09.000Z' }],
    ]), []);
    journal.write(keys.check(AI), { check: null, at: '2026-11-23T10:00:02.000Z' });
    journal.write(keys.check(OTHER), { check: { status: 'done', at: '2026-11-23T10:00:03.000Z' }, at: '2026-11-23T10:00:03.000Z' });

    const store = await hydratedStore(db, { journal });
    expect(store.getState().checks[AI]).toBeUndefined();
    expect(store.getState().checks[OTHER]?.status).toBe('skipped');
    expect(new Map(await testPersistence(db).readAll()).has(keys.check(AI))).toBe(false);
    expect(journal.entries()).toEqual([]);
  });

  it('is cleared once IndexedDB has the status change', async () => {
    const journal = openJournal(memoryStorage())!;
    const store = await hydratedStore(testDbName(), { journal });
    await store.getState().setStatus(AI, 'done');
    expect(journal.entries()).toEqual([]);
  });
});
