import { describe, expect, it } from 'vitest';
import { openPersistence } from './persistence';
import { testDbName } from '../test/store-fixtures';

describe('opening the database', () => {
  it('a first read while the database is being created finds nothing, and later reads find what was written', async () => {
    const db = testDbName();
    const first = openPersistence(db)!;
    expect(await first.readAll()).toEqual([]);
    await first.commit(new Map([['default/check/x.y', { status: 'done', at: '2026-11-23T10:00:00.000Z' }]]), []);
    expect(await first.readAll()).toEqual([['default/check/x.y', { status: 'done', at: '2026-11-23T10:00:00.000Z' }]]);
    const second = openPersistence(db)!;
    expect(await second.readAll()).toEqual([['default/check/x.y', { status: 'done', at: '2026-11-23T10:00:00.000Z' }]]);
  });
});
