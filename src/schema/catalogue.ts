import { CATEGORIES, CHECKABLE_FIELDS, GRADES, KINDS, PRIORITIES, SETTING_ID, SOURCE_KINDS, type SURFACES } from './constants.ts';
import { z } from './z.ts';

/** A slug: lower-case words joined by single hyphens. Ids are never built from titles. */
export const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "data-sharing"'));
export const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be a full https:// address' });
export const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
export const textList = z.array(text).check(z.minLength(1, 'must list at least one item'));

/** An ISO 3166 alpha-2 code, or a group: `EU`, or `EEA` (the EU plus Iceland, Liechtenstein and Norway). */
const regionCode = z.string().check(z.regex(/^([A-Z]{2}|EEA)$/, 'must be an ISO 3166 two-letter code, or EU or EEA'));

export const settingIdSchema = z.string().check(
  z.regex(SETTING_ID, 'must be "<platform id>.<setting slug>", e.g. "linkedin.data-for-generative-ai-improvement"'),
);

export const stepsSchema = z
  .strictObject({ web: z.optional(textList), desktop: z.optional(textList), ios: z.optional(textList), android: z.optional(textList) })
  .check(z.refine((s) => Boolean(s.web ?? s.desktop ?? s.ios ?? s.android), 'must give steps for at least one of web, desktop, ios, android'));

/**
 * `date` is the page's own date, or the date of the copy read when the page carries none. `title` is
 * the page's own title; it is left out where nobody has read it yet (the 2026-12 migration could not
 * know it), and `catalogue:check` counts those.
 */
export const sourceSchema = z.strictObject({
  url: httpsUrl,
  title: z.optional(text),
  publisher: text,
  kind: z.enum(SOURCE_KINDS),
  date: isoDate,
});

/** A grade alone, or with a note; `contested` always says how the sources disagree. */
export const gradeSchema = z.union([
  z.enum(GRADES),
  z
    .strictObject({ grade: z.enum(GRADES), note: text })
    .check(z.refine((g) => g.grade !== 'contested' || Boolean(g.note), 'a contested grade needs a note')),
]);
export const evidenceSchema = z.partialRecord(z.enum(CHECKABLE_FIELDS), gradeSchema);

/** `source`, when given, is one of the setting's sources: the page that reported the change. */
export const changeSchema = z.strictObject({ date: isoDate, summary: text, source: z.optional(httpsUrl) });

export const settingSchema = z
  .strictObject({
    id: settingIdSchema,
    kind: z.enum(KINDS),
    title: text,
    aliases: z.optional(z.array(text)),
    category: z.enum(CATEGORIES),
    priority: z.enum(PRIORITIES),
    effortMinutes: z.int().check(z.minimum(1), z.maximum(240)),
    recommended: text,
    default: z.optional(text),
    why: text,
    steps: stepsSchema,
    menuPath: z.optional(textList),
    url: z.optional(httpsUrl),
    caveats: z.optional(text),
    regions: z.optional(text),
    regionsNotApplicable: z.optional(z.array(regionCode)),
    /** Where the setting exists at all, when that is a short list (e.g. EU objection forms). */
    regionsOnly: z.optional(z.array(regionCode)),
    sources: z.array(sourceSchema).check(z.minLength(1, 'must cite at least one source')),
    /** A grade for every fact the entry gives (see CHECKABLE_FIELDS); `catalogue:check` names any missing. */
    evidence: evidenceSchema,
    /** The day a maintainer last re-confirmed the entry against the newest sources they could find. */
    checked: isoDate,
    /** Known to move, reset after updates or turn itself back on: re-checked every 90 days, and the card says so. */
    volatile: z.optional(z.literal(true)),
    /** The source (one of `sources`) that says the switch moves or resets. */
    volatileSource: z.optional(httpsUrl),
    added: isoDate,
    updated: isoDate,
    changes: z.optional(z.array(changeSchema)),
    retired: z.optional(z.strictObject({ date: isoDate, replacedBy: z.optional(settingIdSchema) })),
    featured: z.optional(z.boolean()),
  })
  .check(
    z.refine((s) => !s.url || Boolean(s.menuPath), { path: ['menuPath'], error: 'must be given beside a deep link (links move)' }),
    z.refine((s) => !s.volatile === !s.volatileSource, { path: ['volatileSource'], error: 'must be given with volatile: true, and only then' }),
  );

export const platformSchema = z.strictObject({
  /** Lets editors find data/catalogue.schema.json; ignored by the app. */
  $schema: z.optional(z.string()),
  id: slug,
  name: text,
  description: text,
  settingsUrl: httpsUrl,
  reauditDays: z.int().check(z.minimum(7), z.maximum(730)),
  added: isoDate,
  regions: z.optional(text),
  /** Grades for the platform's own facts, supported by the sources its settings cite. */
  evidence: z.partialRecord(z.enum(['settingsUrl', 'regions']), gradeSchema),
  settings: z.array(settingSchema).check(z.minLength(1, 'must hold at least one setting')),
});

/**
 * On a page in another language, what of a setting is in that language (catalogue/localize.ts sets it
 * at build time; English pages have none): `text` for why, recommendation, caveats, regions and steps,
 * `title` / `menuPath` for a label confirmed in the platform's own words there. Never in a data file.
 */
export interface SettingLocalized {
  text: boolean;
  title: boolean;
  menuPath: boolean;
}
export type Setting = z.infer<typeof settingSchema> & { localized?: SettingLocalized };
export type Source = z.infer<typeof sourceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Grade = (typeof GRADES)[number];
export type CheckableField = (typeof CHECKABLE_FIELDS)[number];
/** A platform's page in another language: its locale, and whether its description is in it. */
export interface PlatformLocalized {
  locale: string;
  description: boolean;
}
export type Platform = Omit<z.infer<typeof platformSchema>, 'settings'> & { settings: Setting[]; localized?: PlatformLocalized };
export type Category = (typeof CATEGORIES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Surface = (typeof SURFACES)[number];
export type Kind = (typeof KINDS)[number];
