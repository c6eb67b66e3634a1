import { settingIdSchema } from './catalogue';
import { STATUSES } from './constants';

export type { Status } from './constants';
import { z } from './z';


const instant = z.iso.datetime({ offset: true, error: 'must be an ISO date-time' });

export const checkRecordSchema = z.strictObject({ status: z.enum(STATUSES), at: instant });
export const noteRecordSchema = z.strictObject({ text: z.string().check(z.maxLength(10_000)), at: instant });
export const historyRecordSchema = z.strictObject({
  settingId: settingIdSchema,
  /** `null` records that a status was cleared (for example by undo). */
  status: z.nullable(z.enum(STATUSES)),
  at: instant,
});
const days = z.int().check(z.minimum(1), z.maximum(730));
const calendarDate = z.iso.date();

const remindersSchema = z.strictObject({
  /** The person's default interval; absent means each platform's suggested interval. */
  defaultDays: z.optional(days),
  overrides: z.optional(z.record(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), days)),
  /** The in-app reminder stays hidden before this local date. */
  snoozedUntil: z.optional(calendarDate),
  notifications: z.optional(z.boolean()),
  /** The local date a browser notification was last shown, so it shows at most once a day. */
  lastNotified: z.optional(calendarDate),
});

export const prefsSchema = z.strictObject({
  /** Absent until the person has chosen: that is what makes a first visit. */
  platforms: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]+$/)))),
  /** ISO 3166 code of the person's country or region, for settings that exist only in some places. */
  region: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  reminders: z.optional(remindersSchema),
  /** Absent: follow the system's light or dark preference. */
  theme: z.optional(z.enum(['light', 'dark'])),
});
export const metaSchema = z.looseObject({
  schemaVersion: z.int().check(z.minimum(1)),
  lastVisit: z.optional(instant),
  catalogueVersionSeen: z.optional(z.string()),
});

export type CheckRecord = z.infer<typeof checkRecordSchema>;
export type NoteRecord = z.infer<typeof noteRecordSchema>;
export type HistoryRecord = z.infer<typeof historyRecordSchema>;
export type Prefs = z.infer<typeof prefsSchema>;
export type Reminders = z.infer<typeof remindersSchema>;
export type Meta = z.infer<typeof metaSchema>;
