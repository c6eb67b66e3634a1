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
});
