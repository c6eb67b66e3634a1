// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { eventually, hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { memoryStorage } from '../test/memory-storage';
import { createAppStore } from './store';
import { keys } from './keys';
import { openJournal } from './journal';
import { listProfiles } from './profiles';
import { openTabProfile } from './tab-profile';

const AI = 'linkedin.data-for-generative-ai-improvement';
const ADS = 'linkedin.data-from-others-for-ads';

/** A tab: its own sessionStorage, the device's localStorage (shared by every tab), the one channel. */
function tabOver(db: string, device: Storage, channelName = `channel-${db}`, session = memoryStorage()) {
  return hydratedStore(db, {
    channel: new BroadcastChannel(channelName),
    journal: openJournal(device),
    tab: openTabProfile(session, device),
  });
}

const names = (store: Awaited<ReturnType<typeof hydratedStore>>) => listProfiles(store.getState().profiles).map((p) => p.name);

describe('profiles', () => {
  it('a first visit has one profile, the first, and a second one is made, named and opened', async () => {
    const store = await hydratedStore(testDbName());
    expect(listProfiles(store.getState().profiles)).toEqual([{ id: 'default', name: undefined }]);
    const id = await store.getState().createProfile('  Mum  ');
    expect(store.getState().profile).toBe(id);
    expect(names(store)).toEqual([undefined, 'Mum']);
  });

  it('refuses an empty or overlong name, and changes nothing', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    expect(await store.getState().createProfile('   ')).toBeUndefined();
    expect(await store.getState().createProfile('x'.repeat(41))).toBeUndefined();
    expect(await store.getState().renameProfile('default', '')).toBe(false);
    expect(listProfiles(store.getState().profiles)).toHaveLength(1);
    expect(await testPersistence(db).readAll()).toEqual([[keys.meta(), expect.anything()]]);
  });

  it('each profile keeps its own decisions, notes and preferences, also after a reload', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().setStatus(AI, 'done');
    await store.getState().choosePlatforms(['linkedin']);
    const mum = await store.getState().createProfile('Mum');
    expect(store.getState().checks).toEqual({});
    expect(store.getState().prefs).toEqual({});
    await store.getState().setStatus(ADS, 'skipped');
    store.getState().setNote(ADS, 'asked her first');
    await store.getState().flushNotes();

    const reloaded = await hydratedStore(db, { tab: { read: () => mum, remember: () => {} } });
    expect(Object.keys(reloaded.getState().checks)).toEqual([ADS]);
    expect(reloaded.getState().notes[ADS]?.text).toBe('asked her first');
    expect(await reloaded.getState().openProfile('default')).toBe(true);
    expect(Object.keys(reloaded.getState().checks)).toEqual([AI]);
    expect(reloaded.getState().notes).toEqual({});
    expect(reloaded.getState().prefs.platforms).toEqual(['linkedin']);
  });

  it('two tabs on two profiles tick different settings: nothing crosses over, through the channel or after a reload', async () => {
    const db = testDbName();
    const device = memoryStorage();
    const sessionA = memoryStorage();
    const sessionB = memoryStorage();
    const tabA = await tabOver(db, device, undefined, sessionA);
    const mum = await tabA.getState().createProfile('Mum');
    const tabB = await tabOver(db, device, undefined, sessionB);
    // A new tab opens the profile last opened on the device; this one goes back to the first.
    expect(tabB.getState().profile).toBe(mum);
    await tabB.getState().openProfile('default');

    await tabA.getState().setStatus(AI, 'done');
    await tabB.getState().setStatus(ADS, 'skipped');
    tabA.getState().setNote(AI, 'Mum’s laptop');
    await tabA.getState().flushNotes();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Object.keys(tabA.getState().checks)).toEqual([AI]);
    expect(Object.keys(tabB.getState().checks)).toEqual([ADS]);
    expect(tabB.getState().notes).toEqual({});
    // Both know of both profiles, named in either tab.
    await tabB.getState().renameProfile('default', 'Me');
    await eventually(() => tabA.getState().profiles.default?.name === 'Me');

    // Each tab reloads onto its own profile.
    const reloadA = await tabOver(db, device, `other-${db}`, sessionA);
    const reloadB = await tabOver(db, device, `other-${db}`, sessionB);
    expect(reloadA.getState().profile).toBe(mum);
    expect(reloadB.getState().profile).toBe('default');
    expect(Object.keys(reloadA.getState().checks)).toEqual([AI]);
    expect(Object.keys(reloadB.getState().checks)).toEqual([ADS]);
    for (const store of [tabA, tabB, reloadA, reloadB]) store.getState().dispose();
  });

  it('a journal entry of another profile waits for that profile, untouched', async () => {
    const db = testDbName();
    const device = memoryStorage();
    const journal = openJournal(device);
    const store = await hydratedStore(db, { journal });
    const mum = (await store.getState().createProfile('Mum')) ?? '';
    await store.getState().openProfile('default');
    const at = '2026-11-23T09:00:00.000Z';
    journal?.write(keys.check(AI, mum), { check: { status: 'done', at }, at });

    const other = await hydratedStore(db, { journal, tab: { read: () => 'default', remember: () => {} } });
    expect(other.getState().checks).toEqual({});
    expect(journal?.entries().map(([key]) => key)).toEqual([keys.check(AI, mum)]);
    await other.getState().openProfile(mum);
    expect(other.getState().checks[AI]?.status).toBe('done');
    expect(new Map(await testPersistence(db).readAll()).get(keys.check(AI, mum))).toEqual({ status: 'done', at });
  });

  it('deleting a profile removes its records only; the last one cannot be deleted', async () => {
    const db = testDbName();
    const store = await hydratedStore(db);
    await store.getState().setStatus(AI, 'done');
    const mum = (await store.getState().createProfile('Mum')) ?? '';
    await store.getState().setStatus(ADS, 'done');
    expect(await store.getState().profileRecords('default')).toMatchObject({ checks: { [AI]: { status: 'done' } } });

    // Deleting the open profile opens another first.
    expect(await store.getState().deleteProfile(mum)).toBe(true);
    expect(store.getState().profile).toBe('default');
    expect(Object.keys(store.getState().checks)).toEqual([AI]);
    const stored = [...new Map(await testPersistence(db).readAll()).keys()];
    expect(stored.filter((key) => String(key).startsWith(`${mum}/`))).toEqual([]);
    expect(stored).toContain(keys.check(AI));

    expect(await store.getState().deleteProfile('default')).toBe(false);
    expect(Object.keys(store.getState().checks)).toEqual([AI]);
  });

  it('a tab whose profile is deleted in another tab moves to one that is left', async () => {
    const db = testDbName();
    const device = memoryStorage();
    const tabA = await tabOver(db, device);
    const mum = (await tabA.getState().createProfile('Mum')) ?? '';
    const tabB = await tabOver(db, device);
    expect(tabB.getState().profile).toBe(mum);
    await tabA.getState().openProfile('default');
    await tabA.getState().deleteProfile(mum);
    await eventually(() => tabB.getState().profile === 'default');
    tabA.getState().dispose();
    tabB.getState().dispose();
  });

  it('without IndexedDB there is one checklist: profiles can be neither made nor opened', async () => {
    const store = createAppStore({ storage: undefined });
    await store.getState().hydrate();
    expect(await store.getState().createProfile('Mum')).toBeUndefined();
    expect(listProfiles(store.getState().profiles)).toHaveLength(1);
  });
});
