import { OVERLAY_LOCALES } from './constants.ts';
import { httpsUrl, isoDate, settingIdSchema, slug, sourceSchema, stepsSchema, text, textList } from './catalogue.ts';
import { z } from './z.ts';

/**
 * A label in the platform's own words in that language, as a localized page of the platform (or the
 * press) shows it; never our translation. `source` names one or more of the file's `sources`.
 */
const localLabel = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({
    text: value,
    source: z.union([httpsUrl, z.array(httpsUrl).check(z.minLength(1))]),
    grade: z.enum(['official', 'documented', 'reported']),
  });

/** One setting's words in another language: our translations, plus any label confirmed in that language. */
const overlaySettingSchema = z.strictObject({
  title: z.optional(localLabel(text)),
  menuPath: z.optional(localLabel(textList)),
  why: text,
  recommended: text,
  /** The platform's default, in our words (a quoted platform label in it stays English, marked so). */
  default: z.optional(text),
  caveats: z.optional(text),
  regions: z.optional(text),
  steps: stepsSchema,
});

/** `data/i18n/<locale>/<platform>.json`: a platform's catalogue entry in one more language. */
export const overlaySchema = z.strictObject({
  locale: z.enum(OVERLAY_LOCALES),
  platform: slug,
  /** The day the translation was written or last brought in line with the English entry. */
  translated: isoDate,
  description: text,
  settings: z.record(settingIdSchema, overlaySettingSchema),
  sources: z.array(sourceSchema),
});

export type Overlay = z.infer<typeof overlaySchema>;
export type OverlaySetting = z.infer<typeof overlaySettingSchema>;
export type OverlayLocale = (typeof OVERLAY_LOCALES)[number];
