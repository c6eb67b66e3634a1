import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import { addDays, isoDay } from '../audit/calendar';
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

/**
 * An instant `days` after the real catalogue's latest update (the day its version starts with):
 * tests over the real catalogue stay right however its dates move, since a check made before an
 * entry's update would count as "changed since you checked".
 */
export function afterCatalogue(days: number, time = '10:00:00.000Z'): string {
  return `${addDays(isoDay(CATALOGUE_VERSION), days)}T${time}`;
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

/** A hydrated store whose clock stands a day after the real catalogue's latest update: for pages over the real catalogue. */
export const storeAfterCatalogue = (dbName: string) => hydratedStore(dbName, { now: fixedNow(afterCatalogue(1)) });
