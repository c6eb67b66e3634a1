/**
 * The app's state and the verbs that change it. Made by a factory so every test gets a fresh store
 * over its own database, clock and channel.
 *
 * Persistence rules (see DESIGN.md): nothing is written before hydration succeeds; a status change
 * and every keystroke of a note are written at once (never debounced: the reliability suite showed
 * a debounced note flushed on `pagehide` does not survive a closed tab, while a write started in
 * the input event does); every write names its keys on the channel; a record that fails its schema
 * is moved aside, never overwritten; a `meta` record from a newer schema version stops all writes.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SCHEMA_VERSION } from '../schema/constants';
import type { CheckRecord, HistoryRecord, Meta, NoteRecord, Prefs, Reminders, Status } from '../schema/records';
import type { BackupRecords } from '../schema/backup';
import { historyKey, mergeRecords } from '../backup/merge';
import { keys, parseKey } from './keys';
import { isQuotaError, type Persistence } from './persistence';
import { changedKeys, type SyncChannel } from './sync';
import { JOURNALED, type Journal } from './journal';
import { emptyDraft, type Draft, type SetAside } from './draft';
import { compareIso } from '../audit/iso-order';

export type StorageStatus =
  | { kind: 'ok' }
  /** IndexedDB is missing or refused to open: progress lives in memory only. */
  | { kind: 'memory-only' }
  /** Some writes failed; memory keeps them and retries. */
  | { kind: 'write-failed'; quota: boolean }
  /** A newer version of the app wrote these records: this tab must not write. */
  | { kind: 'newer-version' };

export type { SetAside } from './draft';

export interface StatusChange {
  settingId: string;
  before: CheckRecord | undefined;
  after: CheckRecord | undefined;
}

export interface AppState {
  hydrated: boolean;
  storage: StorageStatus;
  checks: Readonly<Record<string, CheckRecord>>;
  notes: Readonly<Record<string, NoteRecord>>;
  /** Keyed by storage key, so a record re-read from another tab is never counted twice. */
  history: Readonly<Record<string, HistoryRecord>>;
  prefs: Prefs;
  /** When the person last opened the app before this visit. */
  previousVisit: string | undefined;
  /** Records that could not be read, kept aside for the person to download. */
  setAside: readonly SetAside[];
  /** The latest status change made in this tab, for the undo toast (memory only). */
  lastChange: StatusChange | undefined;
  /** Whether the last import can be undone (a snapshot exists). */
  canUndoImport: boolean;
  /** The store's clock, so views judge freshness with the same injected time as the store. */
  now: () => Date;

  hydrate(): Promise<void>;
  setStatus(settingId: string, status: Status | undefined): Promise<void>;
  undo(): Promise<void>;
  dismissLastChange(): void;
  /** Saves at once, every keystroke. */
  setNote(settingId: string, text: string): void;
  /** Retries any note whose save has not completed (called on pagehide). */
  flushNotes(): Promise<void>;
  choosePlatforms(platformIds: readonly string[]): Promise<void>;
  /** `undefined` forgets the region: every setting is shown as applying. */
  chooseRegion(region: string | undefined): Promise<void>;
  /** `undefined` follows the system again. */
  chooseTheme(theme: Prefs['theme']): Promise<void>;
  /** Sets the person's default interval (`platformId` undefined) or one platform's; `days` undefined removes it. */
  setInterval(platformId: string | undefined, days: number | undefined): Promise<void>;
  snoozeReminders(until: string): Promise<void>;
  setNotifications(on: boolean): Promise<void>;
  markNotified(day: string): Promise<void>;
  /** Every record of the profile, as a backup holds them. */
  exportRecords(): BackupRecords;
  /** Takes a snapshot of the records first (kept in storage), then merges or replaces. */
  importRecords(incoming: BackupRecords, mode: 'merge' | 'replace'): Promise<void>;
  /** Puts back the records as they were before the last import. */
  undoImport(): Promise<void>;
  /** Removes every stored record of this app; resolves with how many there were. */
  forgetEverything(): Promise<number>;
  retryWrites(): Promise<void>;
  dispose(): void;
}

export interface AppStoreOptions {
  /** `undefined` when IndexedDB is unavailable: the app works in memory and says so. */
  storage: Persistence | undefined;
  now?: () => Date;
  channel?: SyncChannel;
  /** Where note keystrokes land synchronously before IndexedDB has them (localStorage in the app). */
  journal?: Journal;
  retryDelayMs?: number;
}

export type AppStore = StoreApi<AppState>;

const randomId = () => Math.random().toString(36).slice(2, 10);

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

export function createAppStore({ storage, now = () => new Date(), channel, journal, retryDelayMs = 5000 }: AppStoreOptions): AppStore {
  /** Keys whose value in memory is not yet safely stored. */
  const pending = new Set<string>();
  let meta: Meta | undefined;
  let snapshot: BackupRecords | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const store = createStore<AppState>()((set, get) => {
    const writable = () => get().hydrated && storage !== undefined && get().storage.kind !== 'newer-version' && get().storage.kind !== 'memory-only';

    /** The value memory holds for a key; `undefined` means "delete it". */
    const valueOf = (key: string): unknown => {
      const parsed = parseKey(key);
      const state = get();
      switch (parsed?.kind) {
        case 'check': return state.checks[parsed.settingId];
        case 'note': return state.notes[parsed.settingId];
        case 'history': return state.history[key];
        case 'prefs': return state.prefs;
        case 'meta': return meta;
        case 'snapshot': return snapshot;
        default: return undefined;
      }
    };

    const persist = async (keyList: readonly string[]): Promise<void> => {
      for (const key of keyList) pending.add(key);
      if (!writable() || !storage) return;
      const puts = new Map<string, unknown>();
      const deletes: string[] = [];
      for (const key of keyList) {
        const value = valueOf(key);
        if (value === undefined) deletes.push(key);
        else puts.set(key, value);
      }
      try {
        await storage.commit(puts, deletes);
        for (const key of keyList) {
          pending.delete(key);
          // Saved: the journal entry is no longer needed, unless a newer change replaced it meanwhile.
          if (journal && JOURNALED.has(parseKey(key)?.kind) && valueOf(key) === puts.get(key)) journal.remove(key);
        }
        channel?.postMessage({ keys: [...keyList] });
        if (pending.size === 0 && get().storage.kind === 'write-failed') set({ storage: { kind: 'ok' } });
      } catch (error) {
        set({ storage: { kind: 'write-failed', quota: isQuotaError(error) } });
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void get().retryWrites(), retryDelayMs);
      }
    };

    const onRemoteChange = async (keyList: string[]) => {
      if (!storage || !get().hydrated || keyList.length === 0) return;
      // A key this tab is still saving (a note being typed) keeps its newer value from memory.
      const wanted = keyList.filter((key) => !pending.has(key));
      const values = await storage.read(wanted).catch(() => undefined);
      if (!values) return;
      const { applyRecord, isFromNewerVersion } = await import('./records');
      const state = get();
      const draft: Draft = { checks: { ...state.checks }, notes: { ...state.notes }, history: { ...state.history }, prefs: state.prefs, snapshot };
      wanted.forEach((key, i) => {
        if (key === keys.meta() && isFromNewerVersion(values[i])) set({ storage: { kind: 'newer-version' } });
        applyRecord(key, values[i], draft);
      });
      ({ snapshot } = draft);
      set({ checks: draft.checks, notes: draft.notes, history: draft.history, prefs: draft.prefs, canUndoImport: snapshot !== undefined });
    };
    channel?.addEventListener('message', (event) => void onRemoteChange(changedKeys(event.data)));

    /** Replaces the profile's records with `next`, writing the difference in one transaction. */
    const replaceRecords = async (next: BackupRecords) => {
      const state = get();
      const byLine = new Map(Object.entries(state.history).map(([key, h]) => [historyKey(h), key]));
      const history: Record<string, HistoryRecord> = {};
      for (const line of next.history) history[byLine.get(historyKey(line)) ?? keys.history(line.at, randomId())] = line;
      const touched = new Set<string>([keys.prefs(), keys.snapshot()]);
      for (const id of [...Object.keys(state.checks), ...Object.keys(next.checks)]) touched.add(keys.check(id));
      for (const id of [...Object.keys(state.notes), ...Object.keys(next.notes)]) touched.add(keys.note(id));
      for (const key of [...Object.keys(state.history), ...Object.keys(history)]) touched.add(key);
      set({ checks: { ...next.checks }, notes: { ...next.notes }, history, prefs: next.prefs, lastChange: undefined, canUndoImport: snapshot !== undefined });
      await persist([...touched]);
    };

    /** Sets one preference, or removes it when `value` is undefined. */
    const setPref = async <K extends keyof Prefs>(name: K, value: Prefs[K] | undefined) => {
      if (!get().hydrated) return;
      const prefs = { ...get().prefs };
      if (value === undefined) delete prefs[name];
      else prefs[name] = value;
      set({ prefs });
      await persist([keys.prefs()]);
    };

    const updateReminders = async (reminders: Reminders) => {
      if (!get().hydrated) return;
      // Undefined fields would survive structured cloning as explicit keys; drop them.
      const clean = Object.fromEntries(Object.entries(reminders).filter(([, v]) => v !== undefined));
      set({ prefs: { ...get().prefs, reminders: clean } });
      await persist([keys.prefs()]);
    };

    const appendHistory = (settingId: string, status: Status | null, at: string, history: Record<string, HistoryRecord>) => {
      const key = keys.history(at, randomId());
      history[key] = { settingId, status, at };
      return key;
    };

    const writeStatus = async (settingId: string, next: CheckRecord | undefined, change: StatusChange | undefined) => {
      const state = get();
      const history = { ...state.history };
      const at = now().toISOString();
      const historyKey = appendHistory(settingId, next?.status ?? null, at, history);
      // Journaled first, like note keystrokes: WebKit loses the IndexedDB write when the tab closes right after the click.
      journal?.write(keys.check(settingId), { check: next ?? null, at });
      journal?.write(historyKey, history[historyKey]);
      set({
        checks: next ? { ...state.checks, [settingId]: next } : without(state.checks, settingId),
        history,
        lastChange: change,
      });
      await persist([keys.check(settingId), historyKey]);
    };

    return {
      hydrated: false,
      storage: { kind: 'ok' },
      checks: {},
      notes: {},
      history: {},
      prefs: {},
      previousVisit: undefined,
      setAside: [],
      lastChange: undefined,
      canUndoImport: false,
      now,

      async hydrate() {
        if (get().hydrated) return;
        let all: [IDBValidKey, unknown][];
        try {
          if (!storage) throw new Error('IndexedDB unavailable');
          all = await storage.readAll();
        } catch {
          set({ hydrated: true, storage: { kind: 'memory-only' } });
          return;
        }
        const reader = all.length || journal?.entries().length ? await import('./records') : undefined;
        const { draft, newer, setAside, unreadable, meta: storedMeta } = reader?.readStored(all) ?? {
          draft: emptyDraft(), newer: false, setAside: [], unreadable: [], meta: undefined,
        };
        if (!newer && storage) {
          const at = now().toISOString();
          for (const [key, value] of unreadable) {
            // Only once the record is safely aside may its key be written again.
            try {
              setAside.push({ key: await storage.quarantine(key, value, at), value });
            } catch {
              ({ snapshot } = draft);
              set({ hydrated: true, storage: { kind: 'memory-only' }, checks: draft.checks, notes: draft.notes, history: draft.history, prefs: draft.prefs, setAside });
              return;
            }
          }
        }
        const replayed = reader && journal && !newer ? reader.replayJournal(journal, draft) : [];
        const previousVisit = storedMeta?.lastVisit;
        meta = { schemaVersion: SCHEMA_VERSION, lastVisit: now().toISOString(), catalogueVersionSeen: storedMeta?.catalogueVersionSeen };
        ({ snapshot } = draft);
        set({
          checks: draft.checks, notes: draft.notes, history: draft.history, prefs: draft.prefs, setAside, previousVisit,
          hydrated: true, canUndoImport: snapshot !== undefined, storage: newer ? { kind: 'newer-version' } : { kind: 'ok' },
        });
        if (!newer) await persist([keys.meta(), ...replayed]);
      },

      async setStatus(settingId, status) {
        if (!get().hydrated) return;
        const before = get().checks[settingId];
        if (before?.status === status) return;
        const after = status ? { status, at: now().toISOString() } : undefined;
        await writeStatus(settingId, after, { settingId, before, after });
      },

      async undo() {
        const change = get().lastChange;
        if (!change) return;
        await writeStatus(change.settingId, change.before, undefined);
      },

      dismissLastChange: () => set({ lastChange: undefined }),

      setNote(settingId, text) {
        if (!get().hydrated) return;
        const notes = get().notes;
        const record = { text, at: now().toISOString() };
        journal?.write(keys.note(settingId), record);
        set({ notes: text === '' ? without(notes, settingId) : { ...notes, [settingId]: record } });
        void persist([keys.note(settingId)]);
      },

      async flushNotes() {
        const noteKeys = [...pending].filter((key) => parseKey(key)?.kind === 'note');
        if (noteKeys.length) await persist(noteKeys);
      },

      async choosePlatforms(platformIds) {
        if (!get().hydrated) return;
        set({ prefs: { ...get().prefs, platforms: [...new Set(platformIds)] } });
        await persist([keys.prefs()]);
      },

      chooseRegion: (region) => setPref('region', region),
      chooseTheme: (theme) => setPref('theme', theme),

      setInterval(platformId, days) {
        const reminders = get().prefs.reminders ?? {};
        if (platformId === undefined) return updateReminders({ ...reminders, defaultDays: days });
        const overrides = { ...reminders.overrides };
        if (days === undefined) delete overrides[platformId];
        else overrides[platformId] = days;
        return updateReminders({ ...reminders, overrides });
      },

      snoozeReminders: (until) => updateReminders({ ...get().prefs.reminders, snoozedUntil: until }),
      setNotifications: (on) => updateReminders({ ...get().prefs.reminders, notifications: on }),
      markNotified: (day) => updateReminders({ ...get().prefs.reminders, lastNotified: day }),

      exportRecords() {
        const { checks, notes, history, prefs } = get();
        return { checks: { ...checks }, notes: { ...notes }, history: Object.values(history).sort((a, b) => compareIso(a.at, b.at)), prefs };
      },

      async importRecords(incoming, mode) {
        if (!get().hydrated) return;
        const current = get().exportRecords();
        snapshot = current;
        await replaceRecords(mode === 'merge' ? mergeRecords(current, incoming) : incoming);
      },

      async undoImport() {
        const previous = snapshot;
        if (!previous || !get().hydrated) return;
        snapshot = undefined;
        await replaceRecords(previous);
      },

      async forgetEverything() {
        pending.clear();
        snapshot = undefined;
        set({ checks: {}, notes: {}, history: {}, prefs: {}, setAside: [], lastChange: undefined, canUndoImport: false, previousVisit: undefined });
        if (!storage || get().storage.kind === 'memory-only') return 0;
        const removed = await storage.clear();
        channel?.postMessage({ keys: removed.filter((key): key is string => typeof key === 'string') });
        return removed.length;
      },

      async retryWrites() {
        clearTimeout(retryTimer);
        if (pending.size) await persist([...pending]);
      },

      dispose() {
        clearTimeout(retryTimer);
        channel?.close();
      },
    };
  });
  return store;
}
