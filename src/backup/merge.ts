/**
 * Merging two sets of records: per setting the newest decision (and the newest note) wins;
 * histories are united without duplicates. Its own module because the store needs it on every
 * page, while the rest of the backup code loads only with the settings page.
 */
import type { BackupRecords } from '../schema/backup';
import type { HistoryRecord, Prefs } from '../schema/records';
import { compareIso } from '../audit/iso-order';

export const historyKey = (h: HistoryRecord) => `${h.at}|${h.settingId}|${h.status ?? ''}`;

const thisDeviceFirst = <T>(here: T | undefined, there: T | undefined) => here ?? there;

/**
 * How each preference merges, key by key. Typed over every key of `Prefs`, so adding a preference
 * without saying how it merges does not compile (a forgotten `theme` was once silently dropped).
 */
const mergePref: { [K in keyof Prefs]-?: (here: Prefs[K], there: Prefs[K]) => Prefs[K] } = {
  platforms: (here, there) => (here || there ? [...new Set([...(here ?? []), ...(there ?? [])])] : undefined),
  region: thisDeviceFirst,
  reminders: thisDeviceFirst,
  theme: thisDeviceFirst,
};

function mergePrefs(here: Prefs, there: Prefs): Prefs {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(mergePref) as (keyof Prefs)[]) {
    const value = (mergePref[key] as (a: unknown, b: unknown) => unknown)(here[key], there[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged as Prefs;
}

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
  return {
    checks: newest(current.checks, incoming.checks),
    notes: newest(current.notes, incoming.notes),
    history,
    prefs: mergePrefs(current.prefs, incoming.prefs),
  };
}
