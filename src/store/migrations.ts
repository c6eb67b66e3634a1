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
