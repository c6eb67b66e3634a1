/**
 * The app's state and the verbs that change it. Made by a factory so every test gets a fresh store
 * over its own database, clock and channel.
 *
 * Memory lives here; everything about storing it lives in the repository (repository.ts). A verb
 * changes memory and names the keys it changed; the repository writes them. Persistence rules (see
 * DESIGN.md): nothing is written before hydration succeeds; a status change and every keystroke of
 * a note are written at once (never debounced: the reliability suite showed a debounced note
 * flushed on `pagehide` does not survive a closed tab, while a write started in the input event
 * does); a record that fails its schema is moved aside, never overwritten; a `meta` record from a
 * newer schema version stops all writes.
 */
import { createStore } from 'zustand/vanilla';
import type { CheckRecord, HistoryRecord } from '../schema/records';
import type { AppState, AppStore, AppStoreOptions, StatusChange, VerbContext } from './app-state';
import { emptyRecords, type Records } from './draft';
import { keys, parseKey, randomId } from './keys';
import { MIGRATIONS } from './migrations';
import { createRepository } from './repository';
import { canWrite } from './status';
import { prefsVerbs } from './prefs-verbs';
import { importVerbs } from './import-verbs';

export type { AppState, AppStore, AppStoreOptions } from './app-state';
export { canWrite } from './status';

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

export function createAppStore({ storage, now = () => new Date(), channel, journal, retryDelayMs = 5000, migrations = MIGRATIONS }: AppStoreOptions): AppStore {
  return createStore<AppState>()((set, get) => {
    const repo = createRepository({
      storage, now, channel, journal, retryDelayMs, migrations,
      memory: {
        valueOf(key) {
          const parsed = parseKey(key);
          const state = get();
          switch (parsed?.kind) {
            case 'check': return state.checks[parsed.settingId];
            case 'note': return state.notes[parsed.settingId];
            case 'history': return state.history[key];
            case 'prefs': return state.prefs;
            default: return undefined;
          }
        },
        records: () => get(),
        show: (records) => showRecords(records),
        showStorage: (status) => set({ storage: status }),
      },
    });

    const showRecords = (records: Records, more: Partial<AppState> = {}) => {
      const { checks, notes, history, prefs } = records;
      set({ checks, notes, history, prefs, canUndoImport: repo.hasSnapshot(), ...more });
    };

    const context: VerbContext = { set, get, repo, now, showRecords };

    const writeStatus = async (settingId: string, next: CheckRecord | undefined, change: StatusChange | undefined) => {
      const state = get();
      const at = now().toISOString();
      const historyKey = keys.history(at, randomId());
      const line: HistoryRecord = { settingId, status: next?.status ?? null, at };
      set({
        checks: next ? { ...state.checks, [settingId]: next } : without(state.checks, settingId),
        history: { ...state.history, [historyKey]: line },
        lastChange: change,
      });
      // A status journal entry says when the change was made (`at`): an undo restores an older record.
      await repo.saveJournaled([[keys.check(settingId), { check: next ?? null, at }], [historyKey, line]]);
    };

    return {
      hydrated: false,
      storage: { kind: 'ok' },
      ...emptyRecords(),
      previousVisit: undefined,
      setAside: [],
      lastChange: undefined,
      canUndoImport: false,
      now,

      async hydrate() {
        if (get().hydrated) return;
        const { records, setAside, previousVisit, unsaved } = await repo.load();
        showRecords(records, { setAside, previousVisit, hydrated: true, storage: repo.writeState().storage });
        await repo.save(unsaved);
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
        set({ notes: text === '' ? without(notes, settingId) : { ...notes, [settingId]: record } });
        void repo.saveJournaled([[keys.note(settingId), record]]);
      },

      flushNotes: () => repo.flushNotes(),

      ...prefsVerbs(context),
      ...importVerbs(context),

      async forgetEverything() {
        if (!canWrite(get())) return 0;
        // The repository forgets its pending writes and snapshot at once, before memory is emptied.
        const removed = repo.clear();
        showRecords(emptyRecords(), { setAside: [], lastChange: undefined, previousVisit: undefined });
        return removed;
      },

      retryWrites: () => repo.retry(),

      dispose: () => repo.dispose(),
    };
  });
}
