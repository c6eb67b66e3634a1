/**
 * The shape memory is rebuilt in from storage. Its own module, free of zod, so the store can start
 * empty without loading the validation code (see records.ts).
 */
import type { BackupRecords } from '../schema/backup';
import type { CheckRecord, HistoryRecord, NoteRecord, Prefs } from '../schema/records';
import type { ProfileRecord } from '../schema/profiles';
import type { Checklist } from '../schema/checklist';
import { compareIso } from '../audit/iso-order';

/** The records of the open profile, as memory holds them, and every profile's own record. */
export interface Records {
  checks: Record<string, CheckRecord>;
  notes: Record<string, NoteRecord>;
  /** Keyed by storage key, so a line re-read from another tab is never counted twice. */
  history: Record<string, HistoryRecord>;
  prefs: Prefs;
  /** The group checklist this profile follows, if any. */
  checklist: Checklist | undefined;
  /** Every profile's record, by profile id (see profiles.ts). */
  profiles: Record<string, ProfileRecord>;
}

/** The records of the open profile being built up from storage, with the import snapshot the repository keeps. */
export interface Draft extends Records {
  /** The records as they were before the last import; `undefined` when there is none. */
  snapshot: BackupRecords | undefined;
}

export const emptyRecords = (): Records => ({ checks: {}, notes: {}, history: {}, prefs: {}, checklist: undefined, profiles: {} });

export const emptyDraft = (): Draft => ({ ...emptyRecords(), snapshot: undefined });

/** A record that could not be read, kept aside under its `quarantine/…` key. */
export interface SetAside {
  key: string;
  value: unknown;
}

/** A profile's records as a backup holds them: history as a list, oldest first. */
export function toBackupRecords({ checks, notes, history, prefs }: Records): BackupRecords {
  return { checks: { ...checks }, notes: { ...notes }, history: Object.values(history).sort((a, b) => compareIso(a.at, b.at)), prefs };
}
