/**
 * Merging two sets of records: per setting the newest decision (and the newest note) wins;
 * histories are united without duplicates. Its own module because the store needs it on every
 * page, while the rest of the backup code loads only with the settings page.
 */
import type { BackupRecords } from '../schema/backup';
import type { HistoryRecord } from '../schema/records';
import { compareIso } from '../audit/iso-order';

export const historyKey = (h: HistoryRecord) => `${h.at}|${h.settingId}|${h.status ?? ''}`;

export function mergeRecords(current: BackupRecords, incoming: BackupRecords): BackupRecords {

  const newest = <T extends { at: string }>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>) => {
    const out = new Map<string, T>(Object.entries(a));
    for (const [id, record] of Object.entries(b)) {
      const here = out.get(id);
      if (!here || record.at > here.at) out.set(id, record);
    }
    return Object.fromEntries(out);
  };
  const seen = new Set<string>();
  const history = [...current.history, ...incoming.history]
    .filter((h) => {
      const key = historyKey(h);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareIso(a.at, b.at));
  const platforms = [...new Set([...(current.prefs.platforms ?? []), ...(incoming.prefs.platforms ?? [])])];
  return {
    checks: newest(current.checks, incoming.checks),
    notes: newest(current.notes, incoming.notes),
    history,
    prefs: {
      ...(platforms.length || current.prefs.platforms || incoming.prefs.platforms ? { platforms } : {}),
      ...((current.prefs.region ?? incoming.prefs.region) && { region: current.prefs.region ?? incoming.prefs.region }),
      ...((current.prefs.reminders ?? incoming.prefs.reminders) && { reminders: current.prefs.reminders ?? incoming.prefs.reminders }),
    },
  };
}
