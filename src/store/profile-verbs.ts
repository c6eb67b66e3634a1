/** The verbs of profiles: open one in this tab, make, rename and delete them. */
import type { ProfileRecord } from '../schema/profiles';
import type { AppState, VerbContext } from './app-state';
import { DEFAULT_PROFILE, keys, newProfileId } from './keys';
import { canManageProfiles, cleanProfileName, listProfiles, profileExists } from './profiles';
import { toBackupRecords } from './draft';

export type ProfileVerbs = Pick<AppState, 'openProfile' | 'createProfile' | 'renameProfile' | 'deleteProfile' | 'profileRecords'>;

export function profileVerbs({ set, get, repo, now, showRecords, tab }: VerbContext): ProfileVerbs {
  /** Stores changed profile records (names). */
  const saveProfiles = async (profiles: Record<string, ProfileRecord>, changed: string[]) => {
    set({ profiles });
    await repo.save(changed.map((id) => keys.profile(id)));
  };

  return {
    async openProfile(id) {
      if (!canManageProfiles(get())) return false;
      if (id === get().profile) return true;
      const opened = await repo.openProfile(id);
      if (!opened) return false;
      showRecords(opened.records, { profile: opened.profile, setAside: opened.setAside, lastChange: undefined, storage: repo.writeState().storage });
      tab?.remember(opened.profile);
      await repo.save(opened.unsaved);
      return true;
    },

    async createProfile(text) {
      const name = cleanProfileName(text);
      if (name === undefined || !canManageProfiles(get())) return undefined;
      const id = newProfileId();
      const profiles = { ...get().profiles };
      const changed = [id];
      // The first profile exists without a record until another is made: it gets one now, or it
      // would leave the list.
      if (Object.keys(profiles).length === 0) {
        profiles[DEFAULT_PROFILE] = {};
        changed.push(DEFAULT_PROFILE);
      }
      profiles[id] = { name, created: now().toISOString() };
      await saveProfiles(profiles, changed);
      await get().openProfile(id);
      return id;
    },

    async renameProfile(id, text) {
      const name = cleanProfileName(text);
      const { profiles } = get();
      if (name === undefined || !canManageProfiles(get()) || !profileExists(profiles, id)) return false;
      await saveProfiles({ ...profiles, [id]: { ...profiles[id], name } }, [id]);
      return true;
    },

    async deleteProfile(id) {
      const list = listProfiles(get().profiles);
      const other = list.find((p) => p.id !== id);
      if (!canManageProfiles(get()) || !other || !list.some((p) => p.id === id)) return false;
      if (id === get().profile && !(await get().openProfile(other.id))) return false;
      const before = get().profiles;
      const profiles = { ...before };
      delete profiles[id];
      set({ profiles });
      try {
        await repo.removeProfile(id);
      } catch {
        set({ profiles: before });
        return false;
      }
      return true;
    },

    async profileRecords(id) {
      const records = await repo.recordsOf(id);
      return records && toBackupRecords(records);
    },
  };
}
