/**
 * Backups: a labelled, versioned envelope of every record, and the careful way back in. Pure:
 * parsing checks size, JSON, envelope, format and schema before anything else sees the data;
 * planning says what an import would change; merging never loses the newer of two decisions.
 */
import { platformIdOf } from '../catalogue/ids';
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, BACKUP_TYPE, backupSchema, type Backup, type BackupRecords } from '../schema/backup';
import { z } from '../schema/z';
import { historyKey } from './merge';

export function createBackup(records: BackupRecords, catalogueVersion: string, now: Date, profile = 'default'): Backup {
  return { type: BACKUP_TYPE, format: BACKUP_FORMAT, exportedAt: now.toISOString(), catalogueVersion, profile, records };
}

export type BackupProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  | { kind: 'not-a-backup' }
  | { kind: 'newer-format'; format: number }
  | { kind: 'invalid'; fields: string[] };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/**
 * Older formats are migrated here, one named step per format, only ever added to. Format 1 is the
 * first, so there are no steps yet; a file from a newer app is refused rather than guessed at.
 */
const MIGRATIONS: Readonly<Record<number, (old: object) => object>> = {};

type Migrated = { ok: true; json: object } | { ok: false; problem: BackupProblem };

function migrate(json: object): Migrated {
  let format = 'format' in json ? json.format : undefined;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return { ok: false, problem: { kind: 'not-a-backup' } };
  if (format > BACKUP_FORMAT) return { ok: false, problem: { kind: 'newer-format', format } };
  let current = json;
  while (format < BACKUP_FORMAT) {
    const step = MIGRATIONS[format];
    if (!step) return { ok: false, problem: { kind: 'not-a-backup' } };
    current = step(current);
    format++;
  }
  return { ok: true, json: current };
}

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a backup file's text. `bytes` is the file's size, checked before the text is parsed. */
export function parseBackup(text: string, bytes = new TextEncoder().encode(text).length): ParsedBackup {
  if (bytes > BACKUP_MAX_BYTES) return { ok: false, problem: { kind: 'too-large', bytes } };
  let json: unknown;
  const hostile = new Set<string>();
  try {
    // Keys that could reach an object's prototype are refused outright, wherever they appear.
    json = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostile.add(key);
      return value;
    });
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (hostile.size) return { ok: false, problem: { kind: 'invalid', fields: [...hostile] } };
  if (!json || typeof json !== 'object' || Array.isArray(json) || !('type' in json) || json.type !== BACKUP_TYPE) {
    return { ok: false, problem: { kind: 'not-a-backup' } };
  }
  const migrated = migrate(json);
  if (!migrated.ok) return migrated;
  const result = z.safeParse(backupSchema, migrated.json);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((i) => i.path.map(String).join('.') || '(file)'))].slice(0, 5);
    return { ok: false, problem: { kind: 'invalid', fields } };
  }
  return { ok: true, backup: result.data };
}

export interface ImportPlan {
  settings: number;
  platforms: number;
  /** Incoming decisions newer than this browser's (or absent here). */
  newer: number;
  /** Incoming decisions older than this browser's: a merge keeps the ones here. */
  older: number;
  notes: number;
  historyLines: number;
}

export function planImport(current: BackupRecords, incoming: BackupRecords): ImportPlan {
  const ids = Object.keys(incoming.checks);
  let newer = 0;
  let older = 0;
  for (const id of ids) {
    const here = current.checks[id];
    const there = incoming.checks[id];
    if (!there) continue;
    if (!here || there.at > here.at) newer++;
    else if (there.at < here.at) older++;
  }
  const known = new Set(current.history.map(historyKey));
  return {
    settings: ids.length,
    platforms: new Set(ids.map(platformIdOf)).size,
    newer,
    older,
    notes: Object.keys(incoming.notes).length,
    historyLines: incoming.history.filter((h) => !known.has(historyKey(h))).length,
  };
}
