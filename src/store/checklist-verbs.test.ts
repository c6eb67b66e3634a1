// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeChecklist } from '../backup/checklist-link';
import { hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { keys } from './keys';

const checklist = makeChecklist({ title: 'Family basics', intro: '', days: 60, settings: ['x.grok-ai-training', 'linkedin.data-for-generative-ai-improvement'] });

describe('following a group checklist', () => {
  it('in the open profile: its platforms join the chosen ones, its interval becomes the default, and it is kept', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().choosePlatforms(['reddit']);
    expect(await store.getState().adoptChecklist(checklist)).toBe(true);
    expect(store.getState().prefs).toEqual({ platforms: ['reddit', 'x', 'linkedin'], reminders: { defaultDays: 60 } });

    const again = await hydratedStore(db);
    expect(again.getState().checklist).toEqual(checklist);
    expect(new Map(await testPersistence(db).readAll()).get(keys.checklist('default'))).toEqual(checklist);
  });

  it('in a new profile: the open one is left as it was, and deleting the new one takes its checklist too', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().choosePlatforms(['reddit']);
    expect(await store.getState().adoptChecklist(checklist, 'Newsroom')).toBe(true);
    const id = store.getState().profile;
    expect(store.getState().profiles[id]?.name).toBe('Newsroom');
    expect(store.getState().prefs.platforms).toEqual(['x', 'linkedin']);

    await store.getState().openProfile('default');
    expect(store.getState().checklist).toBeUndefined();
    expect(store.getState().prefs).toEqual({ platforms: ['reddit'] });
    await store.getState().deleteProfile(id);
    expect([...new Map(await testPersistence(db).readAll()).keys()]).not.toContain(keys.checklist(id));
  });

  it('refuses a new profile whose name is empty, changing nothing', async () => {
    const store = await hydratedStore(testDbName());
    expect(await store.getState().adoptChecklist(checklist, '  ')).toBe(false);
    expect(store.getState().checklist).toBeUndefined();
    expect(store.getState().prefs).toEqual({});
  });
});
