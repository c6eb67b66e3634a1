import { settingIdSchema } from './catalogue';
import { checkRecordSchema, historyRecordSchema, noteRecordSchema, prefsSchema } from './records';
import { z } from './z';

export const BACKUP_TYPE = 'privacy-checkup-backup';
export const BACKUP_FORMAT = 1;
/** Checked before the file is read: a backup of every setting with long notes is well under this. */
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;

/** The records of one profile, as stored: the same schemas the store reads IndexedDB with. */
export const backupRecordsSchema = z.strictObject({
  checks: z.record(settingIdSchema, checkRecordSchema),
  notes: z.record(settingIdSchema, noteRecordSchema),
  history: z.array(historyRecordSchema).check(z.maxLength(100_000)),
  prefs: prefsSchema,
});

export const backupSchema = z.strictObject({
  type: z.literal(BACKUP_TYPE),
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.iso.datetime({ offset: true }),
  catalogueVersion: z.string().check(z.maxLength(100)),
  profile: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  records: backupRecordsSchema,
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupRecords = z.infer<typeof backupRecordsSchema>;
