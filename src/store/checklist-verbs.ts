/** The verb of group checklists: following one, in a new profile or the open one. */
import { platformIdOf } from '../catalogue/ids';
import type { AppState, VerbContext } from './app-state';
import { keys } from './keys';
import { canWrite } from './status';

export type ChecklistVerbs = Pick<AppState, 'adoptChecklist'>;

export function checklistVerbs({ set, get, repo }: VerbContext): ChecklistVerbs {
  return {
    async adoptChecklist(checklist, newProfile) {
      if (!canWrite(get())) return false;
      if (newProfile !== undefined) {
        const id = await get().createProfile(newProfile);
        if (id === undefined || get().profile !== id) return false;
      }
      const { prefs, profile } = get();
      const platforms = [...new Set([...(prefs.platforms ?? []), ...checklist.settings.map(platformIdOf)])];
      const reminders = checklist.days === undefined ? prefs.reminders : { ...prefs.reminders, defaultDays: checklist.days };
      set({ checklist, prefs: { ...prefs, platforms, ...(reminders && { reminders }) } });
      await repo.save([keys.checklist(profile), keys.prefs(profile)]);
      return true;
    },
  };
}
