/**
 * The record repository: the one owner of everything between memory and storage — which writes are
 * still pending, commit and retry, the note journal, the channel to other tabs, setting unreadable
 * records aside, migrating old ones, the `meta` record and the import snapshot. The zustand store
 * keeps the records on screen and the verbs; it names the keys a verb changed and this module
 * stores them, reading their values from memory at the moment of writing (so a retry always
 * writes the newest value).
 *
 * Every IndexedDB write — commit, quarantine, clear — asks `writable()` for the database, which
 * hands it out only when `canWrite` holds (see status.ts): nothing is written before stored records
 * have been read, nor over records a newer version of the app wrote.
 *
 * One profile is open at a time (per tab): its records are read, written and re-read from other
 * tabs; another profile's are never touched, except to delete that profile, and every profile's
 * own record (its name) is shared by all.
 */
import type { BackupRecords } from '../schema/backup';
import type { Meta } from '../schema/records';
import { DEFAULT_PROFILE, keys, parseKey, profileOf } from './keys';
import { listProfiles, profileExists } from './profiles';
import { isQuotaError, type Persistence } from './persistence';
import { changedKeys, type SyncChannel } from './sync';
import { JOURNALED, type Journal } from './journal';
import { emptyDraft, emptyRecords, type Draft, type Records, type SetAside } from './draft';
import { canWrite, type StorageStatus, type WriteState } from './status';
import { latestVersion, type Migration } from './migrations';
import type { Migrated } from './migrate';

/** What the repository needs from the store's memory. */
export interface Memory {
  /** The value memory holds for a check, note, history or prefs key; `undefined` means "delete it". */
  valueOf(key: string): unknown;
  records(): Records;
  /** Records re-read after another tab's write. */
  show(records: Records): void;
  /** A change in how records are saved, after loading. */
  showStorage(status: StorageStatus): void;
}

export interface RepositoryOptions {
  /** `undefined` when IndexedDB is unavailable. */
  storage: Persistence | undefined;
  memory: Memory;
  now: () => Date;
  channel?: SyncChannel;
  journal?: Journal;
  retryDelayMs: number;
  migrations: readonly Migration[];
  /** The profile to open (`default` when absent); the first one when it no longer exists. */
  profile?: string;
}

export interface Loaded {
  /** The profile whose records these are. */
  profile: string;
  records: Records;
  setAside: SetAside[];
  previousVisit: string | undefined;
  /** Keys to save once memory holds the records: the visit, and notes replayed from the journal. */
  unsaved: string[];
}

export type Repository = ReturnType<typeof createRepository>;

export function createRepository({ storage, memory, now, channel, journal, retryDelayMs, migrations, profile: wanted = DEFAULT_PROFILE }: RepositoryOptions) {
  /** The version this app writes: where the migration table leads. */
  const version = latestVersion(migrations);
  let state: WriteState = { hydrated: false, storage: { kind: 'ok' } };
  /** Keys whose value in memory is not yet safely stored. */
  const pending = new Set<string>();
  let meta: Meta | undefined;
  let snapshot: BackupRecords | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Other tabs' changes are taken in once memory shows what was loaded. */
  let listening = false;
  let profile = wanted;

  /** A key this tab reads and writes: the open profile's records, every profile's name, `meta`. */
  const isOurs = (key: string): boolean => {
    const owner = profileOf(key);
    return owner === undefined || owner === profile || parseKey(key)?.kind === 'profile';
  };

  /** The database, only while this tab may write to it: the guard every write passes. */
  const writable = (): Persistence | undefined => (canWrite(state) ? storage : undefined);

  const setStorage = (status: StorageStatus) => {
    // Final: once a newer version has written, no later failure or success may re-open writing.
    if (state.storage.kind === 'newer-version') return;
    state = { ...state, storage: status };
    if (listening) memory.showStorage(status);
  };

  const valueOf = (key: string): unknown => {
    const kind = parseKey(key)?.kind;
    if (kind === 'meta') return meta;
    if (kind === 'snapshot') return snapshot;
    return memory.valueOf(key);
  };

  /** This tab keeps working, in memory only: the database is never touched again. */
  const inMemoryOnly = (records: Records, setAside: SetAside[]): Loaded => {
    storage = undefined;
    snapshot = undefined;
    if (!profileExists(records.profiles, profile)) profile = DEFAULT_PROFILE;
    state = { hydrated: true, storage: { kind: 'memory-only' } };
    listening = true;
    return { profile, records, setAside, previousVisit: undefined, unsaved: [] };
  };

  /** Moves records that fail their schema aside; `false` when that failed (nothing more may be written). */
  const setAsideUnreadable = async (unreadable: [string, unknown][], stored: ReadonlyMap<IDBValidKey, unknown>, setAside: SetAside[], migratedPuts?: Map<string, unknown>) => {
    const at = now().toISOString();
    for (const [key, value] of unreadable) {
      const database = writable();
      if (!database) break;
      // What was stored is kept, not what a migration made of it.
      const kept = stored.has(key) ? stored.get(key) : value;
      // Only once the record is safely aside may its key be written again.
      try {
        setAside.push({ key: await database.quarantine(key, kept, at), value: kept });
      } catch {
        return false;
      }
      migratedPuts?.delete(key);
    }
    return true;
  };

  async function save(allKeys: readonly string[]): Promise<void> {
    // A change begun before another profile was opened is not this profile's to store.
    const keyList = allKeys.filter(isOurs);
    if (keyList.length === 0) return;
    for (const key of keyList) pending.add(key);
    const database = writable();
    if (!database) return;
    const puts = new Map<string, unknown>();
    const deletes: string[] = [];
    for (const key of keyList) {
      const value = valueOf(key);
      if (value === undefined) deletes.push(key);
      else puts.set(key, value);
    }
    try {
      await database.commit(puts, deletes);
      for (const key of keyList) {
        pending.delete(key);
        // Saved: the journal entry is no longer needed, unless a newer change replaced it meanwhile.
        if (journal && JOURNALED.has(parseKey(key)?.kind) && valueOf(key) === puts.get(key)) journal.remove(key);
      }
      channel?.postMessage({ keys: [...keyList] });
      if (pending.size === 0 && state.storage.kind === 'write-failed') setStorage({ kind: 'ok' });
    } catch (error) {
      setStorage({ kind: 'write-failed', quota: isQuotaError(error) });
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void retry(), retryDelayMs);
    }
  }

  async function retry(): Promise<void> {
    clearTimeout(retryTimer);
    if (pending.size) await save([...pending]);
  }

  async function onRemoteChange(keyList: string[]) {
    if (!storage || !listening || keyList.length === 0) return;
    // A key this tab is still saving (a note being typed) keeps its newer value from memory.
    const wanted = keyList.filter((key) => isOurs(key) && !pending.has(key));
    if (wanted.length === 0) return;
    const values = await storage.read(wanted).catch(() => undefined);
    if (!values) return;
    const { applyRecord, isFromNewerVersion } = await import('./records');
    const { checks, notes, history, prefs, checklist, profiles } = memory.records();
    const draft: Draft = { checks: { ...checks }, notes: { ...notes }, history: { ...history }, prefs, checklist, profiles: { ...profiles }, snapshot };
    wanted.forEach((key, i) => {
      if (key === keys.meta() && isFromNewerVersion(values[i], version)) setStorage({ kind: 'newer-version' });
      applyRecord(key, values[i], draft, profile);
    });
    ({ snapshot } = draft);
    memory.show(draft);
  }
  channel?.addEventListener('message', (event) => void onRemoteChange(changedKeys(event.data)));

  return {
    writeState: (): WriteState => state,

    /**
     * Reads every stored record, migrates those of an older version, sets aside what fails its
     * schema and replays the note journal. Call once; memory then shows `records` and saves `unsaved`.
     */
    async load(): Promise<Loaded> {
      let all: [IDBValidKey, unknown][];
      try {
        if (!storage) throw new Error('IndexedDB unavailable');
        all = await storage.readAll();
      } catch {
        return inMemoryOnly(emptyRecords(), []);
      }
      const reader = all.length || journal?.entries().length ? await import('./records') : undefined;
      const storedVersion = reader?.schemaVersionOf(all.find(([key]) => key === keys.meta())?.[1]) ?? version;
      let migrated: Migrated | undefined;
      try {
        if (storedVersion < version) migrated = (await import('./migrate')).migrateStored(all, storedVersion, migrations);
      } catch {
        // A step that fails is a bug: the records stay exactly as stored, for a fixed version to migrate.
        return inMemoryOnly(emptyRecords(), []);
      }
      const records = migrated?.all ?? all;
      let read = reader?.readStored(records, version, profile);
      // A profile deleted meanwhile (in another tab) is not brought back: the first one opens.
      const profiles = read?.draft.profiles ?? {};
      if (!profileExists(profiles, profile)) {
        profile = listProfiles(profiles)[0]?.id ?? DEFAULT_PROFILE;
        read = reader?.readStored(records, version, profile);
      }
      const { draft, newer, setAside, unreadable, meta: storedMeta } = read ?? {
        draft: emptyDraft(), newer: false, setAside: [], unreadable: [], meta: undefined,
      };
      state = { hydrated: true, storage: newer ? { kind: 'newer-version' } : { kind: 'ok' } };
      ({ snapshot } = draft);
      if (!(await setAsideUnreadable(unreadable, new Map(all), setAside, migrated?.puts))) return inMemoryOnly(draft, setAside);
      meta = { schemaVersion: version, lastVisit: now().toISOString(), catalogueVersionSeen: storedMeta?.catalogueVersionSeen };
      if (migrated) {
        // Migrated records and the version that names them are stored together or not at all. If
        // they cannot be, nothing may be written: a record saved now would sit among older ones.
        migrated.puts.set(keys.meta(), meta);
        try {
          await writable()?.commit(migrated.puts, migrated.deletes);
        } catch {
          return inMemoryOnly(draft, setAside);
        }
        channel?.postMessage({ keys: [...migrated.puts.keys(), ...migrated.deletes] });
      }
      const replayed = reader && journal && !newer ? reader.replayJournal(journal, draft, profile) : [];
      listening = true;
      return { profile, records: draft, setAside, previousVisit: storedMeta?.lastVisit, unsaved: newer ? [] : [keys.meta(), ...replayed] };
    },

    /**
     * Opens another profile in this tab: what the open one still has to store is stored first (if
     * it cannot be, the profile stays open and this resolves `undefined`), then the other's records
     * are read as at load. Memory then shows `records` and saves `unsaved`.
     */
    async openProfile(id: string): Promise<Omit<Loaded, 'previousVisit'> | undefined> {
      await retry();
      if (pending.size > 0 || !writable() || !storage) return undefined;
      let all: [IDBValidKey, unknown][];
      try {
        all = await storage.readAll();
      } catch {
        return undefined;
      }
      const reader = await import('./records');
      const read = reader.readStored(all, version, id);
      if (!profileExists(read.draft.profiles, id)) return undefined;
      profile = id;
      ({ snapshot } = read.draft);
      const { draft, setAside } = read;
      if (!(await setAsideUnreadable(read.unreadable, new Map(all), setAside))) return inMemoryOnly(draft, setAside);
      const replayed = journal ? reader.replayJournal(journal, draft, profile) : [];
      return { profile, records: draft, setAside, unsaved: replayed };
    },

    /** The stored records of a profile that may not be open here (for its backup); `undefined` when unreadable. */
    async recordsOf(id: string): Promise<Records | undefined> {
      if (id === profile) return memory.records();
      try {
        const all = storage ? await storage.readAll() : [];
        return (await import('./records')).readStored(all, version, id).draft;
      } catch {
        return undefined;
      }
    },

    /** Deletes every record of a profile that is not open here, and its journal entries; resolves with how many records. */
    async removeProfile(id: string): Promise<number> {
      const database = writable();
      if (!database || id === profile) return 0;
      const all = await database.readAll();
      const doomed = all.map(([key]) => key).filter((key): key is string => typeof key === 'string' && profileOf(key) === id);
      await database.commit(new Map(), doomed);
      for (const [key] of journal?.entries() ?? []) if (profileOf(key) === id) journal?.remove(key);
      channel?.postMessage({ keys: doomed });
      return doomed.length;
    },

    /** Stores the keys' values from memory in one transaction, tells other tabs, and retries on failure. */
    save,

    /**
     * A note keystroke or a status change goes to the synchronous journal first, then to IndexedDB at
     * once: a tab closed right after it (mid-typing in Chromium, right after a click in WebKit) loses
     * the queued IndexedDB write, and the next load replays the journal.
     */
    saveJournaled(entries: readonly (readonly [key: string, entry: unknown])[]): Promise<void> {
      if (canWrite(state)) for (const [key, entry] of entries) journal?.write(key, entry);
      return save(entries.map(([key]) => key));
    },

    /** Retries any note whose save has not completed (the page is going away). */
    async flushNotes(): Promise<void> {
      const noteKeys = [...pending].filter((key) => parseKey(key)?.kind === 'note');
      if (noteKeys.length) await save(noteKeys);
    },

    retry,

    /** Keeps the records as they were before an import, for its undo (stored with the import). */
    keepSnapshot(records: BackupRecords) {
      snapshot = records;
    },

    /** The records before the last import, forgotten here: the caller stores their removal. */
    takeSnapshot(): BackupRecords | undefined {
      const taken = snapshot;
      snapshot = undefined;
      return taken;
    },

    hasSnapshot: () => snapshot !== undefined,

    /** Removes every stored record of this app; resolves with how many there were. */
    async clear(): Promise<number> {
      pending.clear();
      snapshot = undefined;
      // With every profile gone, the first one is all there is.
      profile = DEFAULT_PROFILE;
      const database = writable();
      if (!database) return 0;
      const removed = await database.clear();
      channel?.postMessage({ keys: removed.filter((key): key is string => typeof key === 'string') });
      return removed.length;
    },

    dispose() {
      clearTimeout(retryTimer);
      channel?.close();
    },
  };
}
