/**
 * The only module that touches IndexedDB. One record per thing (see keys.ts), never a whole-state
 * blob, so two tabs writing different settings cannot overwrite each other. Writes that belong
 * together (a check and its history line) go in one transaction: all or nothing.
 */
import { createStore, entries, getMany, promisifyRequest, type UseStore } from 'idb-keyval';
import { keys } from './keys';

export interface Persistence {
  readAll(): Promise<[IDBValidKey, unknown][]>;
  read(keyList: readonly string[]): Promise<unknown[]>;
  /** Puts and deletes in one transaction. */
  commit(puts: ReadonlyMap<string, unknown>, deletes: readonly string[]): Promise<void>;
  /** Moves an unreadable record aside (copy, then delete, in one transaction): kept, never overwritten. */
  quarantine(key: string, value: unknown, at: string): Promise<string>;
  /** Removes every record; resolves with the keys that were removed. */
  clear(): Promise<IDBValidKey[]>;
}

export const DB_NAME = 'privacy-checkup';
export const STORE_NAME = 'records';

export function createPersistence(store: UseStore): Persistence {
  return {
    readAll: () => entries(store),
    read: (keyList) => getMany([...keyList], store),
    commit: (puts, deletes) =>
      store('readwrite', (objectStore) => {
        for (const [key, value] of puts) objectStore.put(value, key);
        for (const key of deletes) objectStore.delete(key);
        return promisifyRequest(objectStore.transaction);
      }),
    quarantine: async (key, value, at) => {
      const asideKey = keys.quarantine(at, key);
      await store('readwrite', (objectStore) => {
        objectStore.put(value, asideKey);
        objectStore.delete(key);
        return promisifyRequest(objectStore.transaction);
      });
      return asideKey;
    },
    clear: () =>
      store('readwrite', (objectStore) => {
        const removed = objectStore.getAllKeys();
        objectStore.clear();
        return promisifyRequest(objectStore.transaction).then(() => removed.result);
      }),
  };
}

/**
 * Opens the app's database, or `undefined` where IndexedDB is missing or refuses to open
 * (some private modes throw on `indexedDB.open`); the app then keeps progress in memory.
 */
export function openPersistence(dbName = DB_NAME): Persistence | undefined {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    return createPersistence(createStore(dbName, STORE_NAME));
  } catch {
    return undefined;
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
