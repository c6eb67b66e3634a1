/**
 * A write-ahead journal for notes and status changes. IndexedDB writes are asynchronous and queue
 * behind each other: the reliability suite showed the last keystrokes of a note lost when the tab
 * closed mid-typing, because their transactions had not started yet, and WebKit (the cross-engine
 * journeys, e2e/engines/) lost a status click the same way when the tab closed right after it. A
 * localStorage write is synchronous, so each change lands here first; hydration replays any entry
 * newer than what IndexedDB holds.
 */
export interface Journal {
  write(key: string, value: unknown): void;
  remove(key: string): void;
  entries(): [string, unknown][];
}

const PREFIX = 'privacy-checkup:journal:';

/**
 * The record kinds written through the journal. A note's entry is its record; a status change's is
 * `{ check: record or null (cleared), at }`, `at` being when the change was made (an undo restores an
 * older record); its history line's entry is the history record.
 */
export const JOURNALED: ReadonlySet<string | undefined> = new Set(['note', 'check', 'history']);

export function openJournal(storage: Storage | undefined = globalThis.localStorage): Journal | undefined {
  if (!storage) return undefined;
  return {
    write(key, value) {
      try {
        storage.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        // Full or blocked: IndexedDB is still written; the journal is only a safety net.
      }
    },
    remove(key) {
      try {
        storage.removeItem(PREFIX + key);
      } catch {
        // As above.
      }
    },
    entries() {
      const out: [string, unknown][] = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const name = storage.key(i);
          if (!name?.startsWith(PREFIX)) continue;
          try {
            out.push([name.slice(PREFIX.length), JSON.parse(storage.getItem(name) ?? 'null')]);
          } catch {
            out.push([name.slice(PREFIX.length), undefined]);
          }
        }
      } catch {
        // Unreadable journal: nothing to replay.
      }
      return out;
    },
  };
}
