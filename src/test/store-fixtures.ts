import { openPersistence, type Persistence } from '../store/persistence';
import { createAppStore, type AppStoreOptions } from '../store/store';

let counter = 0;

/** A fresh fake-indexeddb database per test; pass the same name to open it again. */
export function testDbName(): string {
  return `test-db-${Date.now()}-${counter++}`;
}

/** The app's own persistence over a fake-indexeddb database. */
export function testPersistence(dbName: string): Persistence {
  const persistence = openPersistence(dbName);
  if (!persistence) throw new Error('fake-indexeddb is not installed');
  return persistence;
}

export const fixedNow = (iso = '2026-11-23T10:00:00.000Z') => () => new Date(iso);

export async function hydratedStore(dbName: string, options: Partial<AppStoreOptions> = {}) {
  const store = createAppStore({ storage: testPersistence(dbName), now: fixedNow(), ...options });
  await store.getState().hydrate();
  return store;
}

/** Waits until `check` holds, polling: fake-indexeddb and BroadcastChannel deliver asynchronously. */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
