// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/schema-v1.json';
import { SCHEMA_VERSION } from '../schema/constants';
import { hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';

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
