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
import { emptyRecords, toBackupRecords, type Records } from './draft';
import { DEFAULT_PROFILE, keys, parseKey, randomId } from './keys';
import { MIGRATIONS } from './migrations';
import { createRepository } from './repository';
import { canWrite } from './status';
import { prefsVerbs } from './prefs-verbs';
import type { ImportVerbs } from './import-verbs';
import type { ProfileVerbs } from './profile-verbs';
import type { ChecklistVerbs } from './checklist-verbs';
import { listProfiles, profileExists } from './profiles';

export type { AppState, AppStore, AppStoreOptions } from './app-state';
export { canWrite } from './status';

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

export function createAppStore({ storage, now = () => new Date(), channel, journal, retryDelayMs = 5000, migrations = MIGRATIONS, tab, nothingKept = false }: AppStoreOptions): AppStore {
  return createStore<AppState>()((set, get) => {
    const repo = createRepository({
      storage, now, channel, journal, retryDelayMs, migrations, profile: tab?.read() ?? DEFAULT_PROFILE,
      memory: {
        valueOf(key) {
          const parsed = parseKey(key);
          const state = get();
          // The repository passes only the open profile's keys, and every profile's own record.
          switch (parsed?.kind) {
            case 'profile': return state.profiles[parsed.profile];
            case 'check': return state.checks[parsed.settingId];
            case 'note': return state.notes[parsed.settingId];
            case 'history': return state.history[key];
            case 'prefs': return state.prefs;
            case 'checklist': return state.checklist;
            default: return undefined;
          }
        },
        records: () => get(),
        show(records) {
          showRecords(records);
          // The open profile was deleted in another tab: this tab moves to the first one left.
          const first = listProfiles(records.profiles)[0];
          if (first && !profileExists(records.profiles, get().profile)) void get().openProfile(first.id);
        },
        showStorage: (status) => set({ storage: status }),
      },
    });

    const showRecords = (records: Records, more: Partial<AppState> = {}) => {
      const { checks, notes, history, prefs, checklist, profiles } = records;
      set({ checks, notes, history, prefs, checklist, profiles, canUndoImport: repo.hasSnapshot(), ...more });
    };

    const context: VerbContext = { set, get, repo, now, showRecords, tab };

    // Profiles, group checklists and restoring a backup happen on their own pages: their verbs load
    // on first use, off the first screen's path.
    let rareVerbs: Promise<ProfileVerbs & ChecklistVerbs & ImportVerbs> | undefined;
    const rare = () => (rareVerbs ??= Promise.all([import('./profile-verbs'), import('./checklist-verbs'), import('./import-verbs')])
      .then(([profiles, checklists, imports]) => ({ ...profiles.profileVerbs(context), ...checklists.checklistVerbs(context), ...imports.importVerbs(context) })));

    const writeStatus = async (settingId: string, next: CheckRecord | undefined, change: StatusChange | undefined) => {
      const state = get();
      const at = now().toISOString();
      const historyKey = keys.history(at, randomId(), state.profile);
      const line: HistoryRecord = { settingId, status: next?.status ?? null, at };
      set({
        checks: next ? { ...state.checks, [settingId]: next } : without(state.checks, settingId),
        history: { ...state.history, [historyKey]: line },
        lastChange: change,
      });
      // A status journal entry says when the change was made (`at`): an undo restores an older record.
      await repo.saveJournaled([[keys.check(settingId, state.profile), { check: next ?? null, at }], [historyKey, line]]);
    };

    return {
      hydrated: false,
      storage: { kind: 'ok' },
      profile: DEFAULT_PROFILE,
      ...emptyRecords(),
      previousVisit: undefined,
      setAside: [],
      lastChange: undefined,
      canUndoImport: false,
      nothingKept,
      now,

      async hydrate() {
        if (get().hydrated) return;
        const { profile, records, setAside, previousVisit, unsaved } = await repo.load();
        showRecords(records, { profile, setAside, previousVisit, hydrated: true, storage: repo.writeState().storage });
        tab?.remember(profile);
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
        void repo.saveJournaled([[keys.note(settingId, get().profile), record]]);
      },

      flushNotes: () => repo.flushNotes(),

      ...prefsVerbs(context),
      exportRecords: () => toBackupRecords(get()),
      importRecords: async (incoming, mode) => (await rare()).importRecords(incoming, mode),
      undoImport: async () => (await rare()).undoImport(),
      openProfile: async (id) => (await rare()).openProfile(id),
      createProfile: async (name) => (await rare()).createProfile(name),
      renameProfile: async (id, name) => (await rare()).renameProfile(id, name),
      deleteProfile: async (id) => (await rare()).deleteProfile(id),
      profileRecords: async (id) => (await rare()).profileRecords(id),
      adoptChecklist: async (checklist, newProfile) => (await rare()).adoptChecklist(checklist, newProfile),

      async forgetEverything() {
        if (!canWrite(get())) return 0;
        // The repository forgets its pending writes and snapshot at once, before memory is emptied.
        const removed = repo.clear();
        showRecords(emptyRecords(), { profile: DEFAULT_PROFILE, setAside: [], lastChange: undefined, previousVisit: undefined });
        tab?.remember(DEFAULT_PROFILE);
        return removed;
      },

      retryWrites: () => repo.retry(),

      dispose: () => repo.dispose(),
    };
  });
}
