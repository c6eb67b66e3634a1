/**
 * Stored-record migrations: how records written by an older version of the app become records this
 * version reads. Hydration runs them on the raw records, before any schema sees them, and writes the
 * result back with the new `meta` in one transaction — so storage never holds records of one version
 * under a `meta` of another, and a step never runs twice.
 *
 * The table is numbered and only ever appended to: a step, once shipped, is never edited, because
 * some browser may still hold records it has not yet migrated. A new step raises SCHEMA_VERSION
 * (a test keeps the two in step) and adds a fixture of the version before it (see fixtures/).
 */

/** Records as IndexedDB holds them, by key: neither `meta` nor set-aside records are ever passed in. */
export type RawRecords = ReadonlyMap<string, unknown>;

export interface Migration {
  /** The schema version this step produces: the table runs 2, 3, 4… with no gaps. */
  readonly version: number;
  /** What changed, in a few words: for whoever reads the table, and for the error naming a broken step. */
  readonly name: string;
  /**
   * The records of the version before in, this version's out: every profile's, so a step may
   * rename keys or split records. Must not change its input; a record it leaves alone keeps its
   * object, so only what a step really changed is written back.
   */
  up(records: RawRecords): Map<string, unknown>;
}

/** The version the first release stored; no step leads to it. */
export const FIRST_VERSION = 1;

/** Every change of a stored record's shape, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    name: 'the first profile gets its record',
    // Profiles exist by their `<profile>/profile` record (profiles.ts). Version 1 wrote only the
    // `default` profile, without one: with records of its own, it keeps existing once others are made.
    up(records) {
      const migrated = new Map(records);
      const used = [...records.keys()].some((key) => key.startsWith('default/'));
      if (used && !records.has('default/profile')) migrated.set('default/profile', {});
      return migrated;
    },
  },
];

/** The version a table migrates to, which is the version this app writes. */
export const latestVersion = (table: readonly Migration[]): number => table.at(-1)?.version ?? FIRST_VERSION;

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
export function migrateStored(all: readonly [IDBValidKey, unknown][], from: number, table: readonly Migration[]) {
  const migratable = (key: IDBValidKey): key is string => typeof key === 'string' && key !== 'meta' && !key.startsWith('quarantine/');
  const before = new Map(all.filter((entry): entry is [string, unknown] => migratable(entry[0])));
  const after = migrateRecords(before, from, table);
  return { all: [...all.filter(([key]) => !migratable(key)), ...after], ...migrationWrites(before, after) };
}
