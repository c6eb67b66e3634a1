/**
 * Reading stored records into memory. Every value read from IndexedDB (at start, once migrated, or
 * re-read after another tab's write) passes its schema here; what fails is reported, never trusted.
 * The repository loads this module (and with it zod) only when there is something stored to read,
 * so a first visit starts without it.
 */
import { backupRecordsSchema } from '../schema/backup';
import {
  checkRecordSchema, historyRecordSchema, metaSchema, noteRecordSchema, prefsSchema,
  type Meta,
} from '../schema/records';
import { profileRecordSchema } from '../schema/profiles';
import { checklistSchema } from '../schema/checklist';
import { z } from '../schema/z';
import { parseKey } from './keys';
import type { Journal } from './journal';
import { emptyDraft, type Draft, type SetAside } from './draft';

export interface Stored {
  draft: Draft;
  /** Written by a newer version of the app: this tab must not write. */
  newer: boolean;
  /** Records set aside by earlier visits. */
  setAside: SetAside[];
  /** Records that failed their schema now, to be moved aside. */
  unreadable: [string, unknown][];
  meta: Meta | undefined;
}

/**
 * Everything IndexedDB holds (already migrated to `version`, the version this app writes), sorted
 * into what can be used (the records of `profile`, and every profile's own record), what was set
 * aside and what cannot be read. Another profile's records are left alone, neither read nor judged.
 */
export function readStored(all: readonly [IDBValidKey, unknown][], version: number, profile: string): Stored {
  const storedMeta = all.find(([key]) => key === 'meta')?.[1];
  const draft = emptyDraft();
  const setAside: SetAside[] = [];
  const unreadable: [string, unknown][] = [];
  for (const [key, value] of all) {
    if (typeof key !== 'string') continue;
    if (parseKey(key)?.kind === 'quarantine') setAside.push({ key, value });
    else if (!applyRecord(key, value, draft, profile)) unreadable.push([key, value]);
  }
  const meta = z.safeParse(metaSchema, storedMeta);
  if (storedMeta !== undefined && !meta.success) unreadable.push(['meta', storedMeta]);
  return { draft, newer: isFromNewerVersion(storedMeta, version), setAside, unreadable, meta: meta.success ? meta.data : undefined };
}

/**
 * Applies one stored record (or its removal, `value === undefined`) to the draft of `profile`;
 * `false` when it fails its schema.
 */
export function applyRecord(key: string, value: unknown, draft: Draft, profile: string): boolean {
  const parsed = parseKey(key);
  if (parsed?.kind === 'profile') {
    if (value === undefined) {
      delete draft.profiles[parsed.profile];
      return true;
    }
    const result = z.safeParse(profileRecordSchema, value);
    if (result.success) draft.profiles[parsed.profile] = result.data;
    return result.success;
  }
  // Keys this version does not know, other profiles, meta and set-aside records are left alone.
  if (!parsed || parsed.kind === 'meta' || parsed.kind === 'quarantine' || parsed.profile !== profile) return true;
  if (value === undefined) {
    if (parsed.kind === 'check') delete draft.checks[parsed.settingId];
    if (parsed.kind === 'note') delete draft.notes[parsed.settingId];
    if (parsed.kind === 'history') delete draft.history[key];
    if (parsed.kind === 'prefs') draft.prefs = {};
    if (parsed.kind === 'snapshot') draft.snapshot = undefined;
    if (parsed.kind === 'checklist') draft.checklist = undefined;
    return true;
  }
  switch (parsed.kind) {
    case 'check': {
      const result = z.safeParse(checkRecordSchema, value);
      if (result.success) draft.checks[parsed.settingId] = result.data;
      return result.success;
    }
    case 'note': {
      const result = z.safeParse(noteRecordSchema, value);
      if (result.success) draft.notes[parsed.settingId] = result.data;
      return result.success;
    }
    case 'history': {
      const result = z.safeParse(historyRecordSchema, value);
      if (result.success) draft.history[key] = result.data;
      return result.success;
    }
    case 'prefs': {
      const result = z.safeParse(prefsSchema, value);
      if (result.success) draft.prefs = result.data;
      return result.success;
    }
    case 'checklist': {
      const result = z.safeParse(checklistSchema, value);
      if (result.success) draft.checklist = result.data;
      return result.success;
    }
    case 'snapshot': {
      const result = z.safeParse(backupRecordsSchema, value);
      if (result.success) draft.snapshot = result.data;
      return result.success;
    }
  }
}

/** The schema version a `meta` record names; `undefined` when there is none or it cannot be read. */
export function schemaVersionOf(meta: unknown): number | undefined {
  const result = z.safeParse(metaSchema, meta);
  return result.success ? result.data.schemaVersion : undefined;
}

/** A `meta` record written by a newer version of the app than `version`: this tab must not write. */
export function isFromNewerVersion(meta: unknown, version: number): boolean {
  return (schemaVersionOf(meta) ?? 0) > version;
}

const journaledCheckSchema = z.strictObject({ check: z.nullable(checkRecordSchema), at: checkRecordSchema.shape.at });

/**
 * Replays changes of `profile` that reached the journal but not IndexedDB (a tab closed mid-typing,
 * or right after a click): notes and statuses newer than what is stored, history lines not stored
 * yet. Returns the keys whose value must now be written; stale and unreadable entries are dropped.
 * Another profile's entries stay for that profile's next load (another tab may have it open).
 */
export function replayJournal(journal: Journal, draft: Draft, profile: string): string[] {
  const replayed: string[] = [];
  for (const [key, value] of journal.entries()) {
    const parsed = parseKey(key);
    if (parsed && 'profile' in parsed && parsed.profile !== profile) continue;
    if (parsed?.kind === 'note') {
      const record = z.safeParse(noteRecordSchema, value);
      const stored = draft.notes[parsed.settingId];
      if (record.success && !(stored && stored.at >= record.data.at)) {
        if (record.data.text === '') delete draft.notes[parsed.settingId];
        else draft.notes[parsed.settingId] = record.data;
        replayed.push(key);
        continue;
      }
    } else if (parsed?.kind === 'check') {
      const entry = z.safeParse(journaledCheckSchema, value);
      const stored = draft.checks[parsed.settingId];
      // A later change (from another tab) wins; a cleared status leaves no record, only its history line.
      const later = entry.success && ((stored && stored.at >= entry.data.at) ||
        Object.values(draft.history).some((line) => line.settingId === parsed.settingId && line.at > entry.data.at));
      if (entry.success && !later && stored?.status !== entry.data.check?.status) {
        if (entry.data.check) draft.checks[parsed.settingId] = entry.data.check;
        else delete draft.checks[parsed.settingId];
        replayed.push(key);
        continue;
      }
    } else if (parsed?.kind === 'history') {
      const record = z.safeParse(historyRecordSchema, value);
      if (record.success && !draft.history[key]) {
        draft.history[key] = record.data;
        replayed.push(key);
        continue;
      }
    }
    journal.remove(key);
  }
  return replayed;
}
