/**
 * The only module that touches IndexedDB. One record per thing (see keys.ts), never a whole-state
 * blob, so two tabs writing different settings cannot overwrite each other. Writes that belong
 * together (a check and its history line) go in one transaction: all or nothing.
 */
import { entries, getMany, promisifyRequest, type UseStore } from 'idb-keyval';
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

const DB_NAME = 'privacy-checkup';
const STORE_NAME = 'records';

/** `beingCreated` resolves `true` for a read begun while the open that created the database was under way: nothing to read. */
function createPersistence(store: UseStore, beingCreated: () => Promise<boolean> = async () => false): Persistence {
  return {
    readAll: async () => ((await beingCreated()) ? [] : entries(store)),
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
 * idb-keyval's `createStore`, opened at once, and telling whether that open created the database.
 * A read that starts before the creating open has finished is ordered right at the creation, so it
 * finds nothing: it answers as soon as the open succeeds, without a read transaction (on a first
 * visit, in a fresh browser profile, every step before the page is usable counts). It does not
 * answer earlier, at the upgrade: the reliability suite lost a tick made before the open had
 * finished and closed at once, because its write could not start within the click.
 */
function openRecordStore(dbName: string, storeName: string): { store: UseStore; beingCreated: () => Promise<boolean> } {
  let wasCreated: (created: boolean) => void = () => {};
  const created = new Promise<boolean>((resolve) => (wasCreated = resolve));
  let opened = false;
  let database: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (database) return database;
    const request = indexedDB.open(dbName);
    let creating = false;
    request.onupgradeneeded = (event) => {
      request.result.createObjectStore(storeName);
      creating = event.oldVersion === 0;
    };
    database = promisifyRequest(request);
    database.then(
      (db) => {
        wasCreated(creating);
        opened = true;
        // As idb-keyval does: a connection the browser closes (Safari does) is reopened on next use.
        db.onclose = () => (database = undefined);
      },
      () => wasCreated(false),
    );
    return database;
  };
  void open().catch(() => {});
  return {
    store: (mode, callback) => open().then((db) => callback(db.transaction(storeName, mode).objectStore(storeName))),
    beingCreated: () => (opened ? Promise.resolve(false) : created),
  };
}

/**
 * Opens the app's database, or `undefined` where IndexedDB is missing or refuses to open
 * (some private modes throw on `indexedDB.open`); the app then keeps progress in memory.
 */
export function openPersistence(dbName = DB_NAME): Persistence | undefined {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    const { store, beingCreated } = openRecordStore(dbName, STORE_NAME);
    return createPersistence(store, beingCreated);
  } catch {
    return undefined;
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
