/**
 * Running the migrations table (migrations.ts) over stored records. Loaded only when hydration finds
 * records of an older version, so an up-to-date visit never downloads it.
 */
import { FIRST_VERSION, type Migration, type RawRecords } from './migrations';

/** A table out of order is a mistake in the code; its tests catch it before any record is touched. */
function checkTable(table: readonly Migration[]): void {
  table.forEach((step, i) => {
    if (step.version !== FIRST_VERSION + i + 1) throw new Error(`Migration "${step.name}" is numbered ${step.version}, expected ${FIRST_VERSION + i + 1}`);
  });
}

/** Runs every step after `from` over the records, in order. Throws if a step does. */
export function migrateRecords(records: RawRecords, from: number, table: readonly Migration[]): Map<string, unknown> {
  checkTable(table);
  let migrated = new Map(records);
  for (const step of table) if (step.version > from) migrated = step.up(migrated);
  return migrated;
}

/** What a migration changed, as the puts and deletes of one transaction. */
export function migrationWrites(before: RawRecords, after: RawRecords): { puts: Map<string, unknown>; deletes: string[] } {
  const puts = new Map([...after].filter(([key, value]) => before.get(key) !== value || !before.has(key)));
  const deletes = [...before.keys()].filter((key) => !after.has(key));
  return { puts, deletes };
}

/**
 * Migrates everything IndexedDB holds from version `from`: `meta` (the repository's own) and
 * set-aside records (kept exactly as they were found) are never passed to a step, nor are keys
 * that are not strings. Returns every record as this version reads it, and the writes that store it.
 */
export interface Migrated {
  all: [IDBValidKey, unknown][];
  puts: Map<string, unknown>;
  deletes: string[];
}

export function migrateStored(all: readonly [IDBValidKey, unknown][], from: number, table: readonly Migration[]): Migrated {
  const migratable = (key: IDBValidKey): key is string => typeof key === 'string' && key !== 'meta' && !key.startsWith('quarantine/');
  const before = new Map(all.filter((entry): entry is [string, unknown] => migratable(entry[0])));
  const after = migrateRecords(before, from, table);
  return { all: [...all.filter(([key]) => !migratable(key)), ...after], ...migrationWrites(before, after) };
}
