// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/schema-v1.json';
import v2 from './fixtures/schema-v2.json';
import { SCHEMA_VERSION } from '../schema/constants';
import { hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { createAppStore } from './store';
import type { Persistence } from './persistence';
import { FIRST_VERSION, MIGRATIONS, latestVersion, type Migration, type RawRecords } from './migrations';
import { migrateRecords, migrateStored, migrationWrites } from './migrate';

/** Every schema version ever shipped, oldest first; a new version adds its fixture here. */
const FIXTURES = [v1, v2];

describe('stored records of every schema version', () => {
  it('the newest fixture is the current schema version', () => {
    expect(FIXTURES.at(-1)?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('the migration table leads to the current schema version, and each step has a fixture of the version before it', () => {
    expect(latestVersion(MIGRATIONS)).toBe(SCHEMA_VERSION);
    for (const step of MIGRATIONS) expect(FIXTURES.map((f) => f.schemaVersion)).toContain(step.version - 1);
  });

  for (const fixture of FIXTURES) {
    it(`version ${fixture.schemaVersion} loads with nothing lost and nothing set aside`, async () => {
      const db = testDbName();
      await testPersistence(db).commit(new Map(Object.entries(fixture.records)), []);
      const store = await hydratedStore(db);
      const state = store.getState();
      const stored = Object.entries(fixture.records);
      // What this version reads: the fixture through every later step (for the current version, the fixture itself).
      const current = new Map(migrateStored(stored, fixture.schemaVersion, MIGRATIONS).all.map(([key, value]) => [String(key), value]));
      const count = (kind: string) => stored.filter(([key]) => key.split('/')[1] === kind).length;
      expect(Object.keys(state.checks)).toHaveLength(count('check'));
      expect(Object.keys(state.notes)).toHaveLength(count('note'));
      expect(Object.keys(state.history)).toHaveLength(count('history'));
      expect(state.prefs).toEqual(current.get('default/prefs'));
      expect(state.setAside.map((s) => s.key)).toEqual(stored.filter(([key]) => key.startsWith('quarantine/')).map(([key]) => key));
      expect(state.previousVisit).toBe(fixture.records.meta.lastVisit);
      // Nothing was rewritten but the visit time and what the migrations changed.
      const after = new Map(await testPersistence(db).readAll());
      for (const [key, value] of current) if (key !== 'meta') expect(after.get(key)).toEqual(value);
      expect([...after.keys()].sort()).toEqual([...current.keys()].sort());
      expect(after.get('meta')).toMatchObject({ schemaVersion: SCHEMA_VERSION });
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

/**
 * A step for tests only, numbered as if it were the first (its own tables): it proves the seam with a
 * change today's schemas still read — each history line's key names its setting.
 */
const historyNamesItsSetting: Migration = {
  version: 2,
  name: 'test only: history keys name their setting',
  up: (records) =>
    new Map([...records].map(([key, value]) => {
      const [profile, kind, at, random] = key.split('/');
      const settingId = typeof value === 'object' && value !== null && 'settingId' in value ? value.settingId : undefined;
      return kind === 'history' && typeof settingId === 'string' ? [`${profile}/history/${at}/${settingId}~${random}`, value] : [key, value];
    })),
};
const TEST_TABLE = [historyNamesItsSetting];

const v1Stored = (): [string, unknown][] => Object.entries(v1.records);
const seed = (db: string) => testPersistence(db).commit(new Map(v1Stored()), []);
const migratedHistoryKey = (key: string, settingId: string) => key.replace(/\/([^/]+)$/, `/${settingId}~$1`);

describe('a migration step, from a fixture of the version before it', () => {
  it('test only, version 2: history keys name their setting; every other record is left as it was', () => {
    const records = new Map(v1Stored().filter(([key]) => key !== 'meta' && !key.startsWith('quarantine/')));
    const migrated = migrateRecords(records, 1, TEST_TABLE);
    const expected = new Map(
      [...records].map(([key, value]) => [key.includes('/history/') ? migratedHistoryKey(key, (value as { settingId: string }).settingId) : key, value]),
    );
    expect(migrated).toEqual(expected);
    expect([...migrated.keys()].filter((key) => key.includes('/history/'))).toEqual([
      'default/history/2026-11-20T08:01:00.000Z/linkedin.data-for-generative-ai-improvement~a1b2c3d4',
      'default/history/2026-11-20T08:02:00.000Z/x.grok-ai-training~e5f6a7b8',
      'default/history/2026-11-20T08:02:30.000Z/x.grok-ai-training~c9d0e1f2',
    ]);
  });
});

describe('hydration migrates older records', () => {
  it('runs the steps once, before the records are read, and stores their result with the new version', async () => {
    const db = testDbName();
    await seed(db);
    let runs = 0;
    const counted: Migration = { ...historyNamesItsSetting, up: (records) => (runs++, historyNamesItsSetting.up(records)) };
    const store = await hydratedStore(db, { migrations: [counted] });
    const state = store.getState();
    const expected = migrateStored(v1Stored(), 1, TEST_TABLE).all;

    expect(state.storage).toEqual({ kind: 'ok' });
    expect(Object.keys(state.history).sort()).toEqual(expected.map(([key]) => String(key)).filter((key) => key.includes('/history/')).sort());
    expect(Object.keys(state.checks)).toHaveLength(4);
    expect(state.notes).toEqual({ 'linkedin.data-for-generative-ai-improvement': v1.records['default/note/linkedin.data-for-generative-ai-improvement'] });
    expect(state.prefs).toEqual(v1.records['default/prefs']);
    expect(state.setAside.map((s) => s.key)).toEqual(['quarantine/2026-11-19T08:00:00.000Z/default/check/x.old']);
    expect(state.previousVisit).toBe(v1.records.meta.lastVisit);

    const after = new Map(await testPersistence(db).readAll());
    for (const [key, value] of expected) if (key !== 'meta') expect(after.get(String(key))).toEqual(value);
    expect([...after.keys()].sort()).toEqual(expected.map(([key]) => String(key)).sort());
    expect(after.get('meta')).toEqual({ schemaVersion: 2, lastVisit: '2026-11-23T10:00:00.000Z', catalogueVersionSeen: v1.records.meta.catalogueVersionSeen });

    await hydratedStore(db, { migrations: [counted] });
    expect(runs).toBe(1);
  });

  it('a tab still running the version before then stops writing', async () => {
    const db = testDbName();
    await seed(db);
    await hydratedStore(db, { migrations: [...MIGRATIONS, { ...historyNamesItsSetting, version: latestVersion(MIGRATIONS) + 1 }] });
    const older = await hydratedStore(db);
    expect(older.getState().storage).toEqual({ kind: 'newer-version' });
  });

  it('a step that fails leaves every record as it was stored, and the tab writes nothing', async () => {
    const db = testDbName();
    await seed(db);
    const broken: Migration = { version: 2, name: 'broken', up: () => { throw new Error('a bug in a step'); } };
    const store = await hydratedStore(db, { migrations: [broken] });
    expect(store.getState().storage).toEqual({ kind: 'memory-only' });
    await store.getState().setStatus('linkedin.data-for-generative-ai-improvement', 'skipped');
    expect(new Map(await testPersistence(db).readAll())).toEqual(new Map(v1Stored()));
  });

  it('a record a step leaves unreadable is set aside as it was stored, not as the step left it', async () => {
    const db = testDbName();
    await seed(db);
    const key = 'default/check/x.grok-ai-training';
    const breaking: Migration = { version: 2, name: 'breaks one check', up: (records) => new Map([...records, [key, { status: 'mangled' }]]) };
    const store = await hydratedStore(db, { migrations: [breaking] });
    const aside = `quarantine/2026-11-23T10:00:00.000Z/${key}`;
    expect(store.getState().setAside).toContainEqual({ key: aside, value: v1.records[key] });
    const after = new Map(await testPersistence(db).readAll());
    expect(after.get(aside)).toEqual(v1.records[key]);
    expect(after.has(key)).toBe(false);
    expect(after.get('meta')).toMatchObject({ schemaVersion: 2 });
  });

  it('if the migrated records cannot be stored, nothing is written and the person keeps them in memory', async () => {
    const db = testDbName();
    await seed(db);
    const real = testPersistence(db);
    const full: Persistence = { ...real, commit: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const store = createAppStore({ storage: full, now: () => new Date('2026-11-23T10:00:00.000Z'), migrations: TEST_TABLE });
    await store.getState().hydrate();
    expect(store.getState().storage).toEqual({ kind: 'memory-only' });
    expect(Object.keys(store.getState().checks)).toHaveLength(4);
    expect(new Map(await real.readAll())).toEqual(new Map(v1Stored()));
  });
});

describe('version 2: the first profile gets its record', () => {
  const step = MIGRATIONS.find((m) => m.version === 2);
  const v1Records = () => new Map(v1Stored().filter(([key]) => key !== 'meta' && !key.startsWith('quarantine/')));

  it('from the version 1 fixture: adds `default/profile`, changes nothing else', () => {
    const records = v1Records();
    const migrated = step?.up(records);
    expect(migrated).toEqual(new Map([...records, ['default/profile', {}]]));
    for (const [key, value] of records) expect(migrated?.get(key)).toBe(value);
  });

  it('an empty database stays empty: a first visit has one profile without a record', () => {
    expect(step?.up(new Map())).toEqual(new Map());
  });

  it('the first profile stays in the list once a second is made', async () => {
    const db = testDbName();
    await seed(db);
    const store = await hydratedStore(db);
    expect(Object.keys(store.getState().profiles)).toEqual(['default']);
    await store.getState().createProfile('Mum');
    const again = await hydratedStore(db, { tab: { read: () => 'default', remember: () => {} } });
    expect(Object.keys(again.getState().profiles)).toHaveLength(2);
    expect(again.getState().profiles).toHaveProperty('default');
    expect(Object.keys(again.getState().checks)).toHaveLength(4);
  });
});
