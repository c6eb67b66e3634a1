// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/schema-v1.json';
import { SCHEMA_VERSION } from '../schema/constants';
import { hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { FIRST_VERSION, latestVersion, migrateRecords, migrateStored, migrationWrites, type Migration, type RawRecords } from './migrations';

/** Every schema version ever shipped, oldest first; a new version adds its fixture here. */
const FIXTURES = [v1];

describe('stored records of every schema version', () => {
  it('the newest fixture is the current schema version', () => {
    expect(FIXTURES.at(-1)?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  for (const fixture of FIXTURES) {
    it(`version ${fixture.schemaVersion} loads with nothing lost and nothing set aside`, async () => {
      const db = testDbName();
      await testPersistence(db).commit(new Map(Object.entries(fixture.records)), []);
      const store = await hydratedStore(db);
      const state = store.getState();
      const stored = Object.entries(fixture.records);
      const count = (kind: string) => stored.filter(([key]) => key.split('/')[1] === kind).length;
      expect(Object.keys(state.checks)).toHaveLength(count('check'));
      expect(Object.keys(state.notes)).toHaveLength(count('note'));
      expect(Object.keys(state.history)).toHaveLength(count('history'));
      expect(state.prefs).toEqual(fixture.records['default/prefs']);
      expect(state.setAside.map((s) => s.key)).toEqual(stored.filter(([key]) => key.startsWith('quarantine/')).map(([key]) => key));
      expect(state.previousVisit).toBe(fixture.records.meta.lastVisit);
      // Nothing was rewritten but the visit time.
      const after = new Map(await testPersistence(db).readAll());
      for (const [key, value] of stored) if (key !== 'meta') expect(after.get(key)).toEqual(value);
    });
  }
});

/** A step that records it ran and tags each record with its version. */
const tagging = (version: number, ran: number[] = []): Migration => ({
  version,
  name: `tag ${version}`,
  up: (records) => {
    ran.push(version);
    return new Map([...records].map(([key, value]) => [key, { ...(value as object), [`v${version}`]: true }]));
  },
});

describe('the migration runner', () => {
  it('runs every step after the stored version, in order, and no other', () => {
    const ran: number[] = [];
    const table = [tagging(2, ran), tagging(3, ran), tagging(4, ran)];
    const records: RawRecords = new Map([['default/prefs', {}]]);
    expect(migrateRecords(records, 2, table).get('default/prefs')).toEqual({ v3: true, v4: true });
    expect(ran).toEqual([3, 4]);
    expect(migrateRecords(records, 4, table)).toEqual(records);
    expect(records.get('default/prefs')).toEqual({});
  });

  it('refuses a table with a gap or out of order, naming the step', () => {
    expect(() => migrateRecords(new Map(), 1, [tagging(3)])).toThrow('Migration "tag 3" is numbered 3, expected 2');
    expect(() => migrateRecords(new Map(), 1, [tagging(2), tagging(2)])).toThrow('"tag 2" is numbered 2, expected 3');
  });

  it('an empty table leads to the first version', () => {
    expect(latestVersion([])).toBe(FIRST_VERSION);
    expect(latestVersion([tagging(2), tagging(3)])).toBe(3);
  });

  it('writes back only what a step changed, and deletes what it removed', () => {
    const kept = { status: 'done', at: '2026-11-20T08:01:00.000Z' };
    const before: RawRecords = new Map<string, unknown>([['a', kept], ['b', { old: true }], ['c', 1]]);
    const after: RawRecords = new Map<string, unknown>([['a', kept], ['b', { new: true }], ['d', 1]]);
    const { puts, deletes } = migrationWrites(before, after);
    expect([...puts]).toEqual([['b', { new: true }], ['d', 1]]);
    expect(deletes).toEqual(['c']);
  });

  it('never hands a step the meta record, a set-aside record or a key that is not a string', () => {
    const seen: string[] = [];
    const step: Migration = { version: 2, name: 'look', up: (records) => (seen.push(...records.keys()), new Map(records)) };
    const all: [IDBValidKey, unknown][] = [['meta', { schemaVersion: 1 }], ['quarantine/2026-11-19T08:00:00.000Z/default/check/x.y', 'aside'], [7, 'odd'], ['default/prefs', {}]];
    const { all: migrated, puts, deletes } = migrateStored(all, 1, [step]);
    expect(seen).toEqual(['default/prefs']);
    expect(migrated).toEqual(all);
    expect(puts.size + deletes.length).toBe(0);
  });
});
