/** The verbs of restoring a backup: importing it (merge or replace) and undoing that. Loaded on first use. */
import type { HistoryRecord } from '../schema/records';
import type { BackupRecords } from '../schema/backup';
import { historyKey, mergeRecords } from '../backup/merge';
import type { AppState, VerbContext } from './app-state';
import { keys, randomId } from './keys';

export type ImportVerbs = Pick<AppState, 'importRecords' | 'undoImport'>;

export function importVerbs({ get, repo, showRecords }: VerbContext): ImportVerbs {
  /** Replaces the profile's records with `next`, writing the difference (and the snapshot) in one transaction. */
  const replaceRecords = async (next: BackupRecords) => {
    const state = get();
    const { profile } = state;
    // A line already stored keeps its key, so it is neither rewritten nor counted twice.
    const byLine = new Map(Object.entries(state.history).map(([key, h]) => [historyKey(h), key]));
    const history: Record<string, HistoryRecord> = {};
    for (const line of next.history) history[byLine.get(historyKey(line)) ?? keys.history(line.at, randomId(), profile)] = line;
    const touched = new Set<string>([keys.prefs(profile), keys.snapshot(profile)]);
    for (const id of [...Object.keys(state.checks), ...Object.keys(next.checks)]) touched.add(keys.check(id, profile));
    for (const id of [...Object.keys(state.notes), ...Object.keys(next.notes)]) touched.add(keys.note(id, profile));
    for (const key of [...Object.keys(state.history), ...Object.keys(history)]) touched.add(key);
    showRecords({ checks: { ...next.checks }, notes: { ...next.notes }, history, prefs: next.prefs, checklist: state.checklist, profiles: state.profiles }, { lastChange: undefined });
    await repo.save([...touched]);
  };

  return {
    async importRecords(incoming, mode) {
      if (!get().hydrated) return;
      const current = get().exportRecords();
      repo.keepSnapshot(current);
      await replaceRecords(mode === 'merge' ? mergeRecords(current, incoming) : incoming);
    },

    async undoImport() {
      if (!repo.hasSnapshot() || !get().hydrated) return;
      const previous = repo.takeSnapshot();
      if (previous) await replaceRecords(previous);
    },
  };
}
