/**
 * The vocabulary of the catalogue and the stored records, without zod: the dashboard and the
 * store import these on every page, and zod loads only when there is something to validate.
 */
export const SETTING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CATEGORIES = ['ai-training', 'ads', 'tracking', 'visibility', 'sharing', 'security', 'retention', 'your-data'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const KINDS = ['toggle', 'form', 'none'] as const;
/** `desktop` is a program on a computer (a browser's own settings, Windows, macOS); `web` is a website. */
export const SURFACES = ['web', 'desktop', 'ios', 'android'] as const;
/** The languages catalogue overlays (`data/i18n/<locale>/`) are written in; English is the catalogue itself. */
export const OVERLAY_LOCALES = ['de', 'fr', 'es'] as const;
/** The facts of a setting that carry an evidence grade, each graded on its own. */
export const CHECKABLE_FIELDS = [
  'title', 'menuPath', 'url', 'steps.web', 'steps.desktop', 'steps.ios', 'steps.android', 'recommended', 'default', 'regions', 'caveats',
] as const;
/**
 * How well a fact is supported, strongest first: `official` (the platform's own page, or a faithful
 * archived copy), `documented` (two independent reputable sources agree), `reported` (one secondary
 * source), `contested` (sources disagree; a note says how), `unconfirmed` (no source found).
 */
export const GRADES = ['official', 'documented', 'reported', 'contested', 'unconfirmed'] as const;
export const SOURCE_KINDS = ['official', 'regulator', 'press', 'guide', 'community'] as const;
/** Days after `checked` before an entry says it may be out of date; shorter for switches known to move. */
export const RECHECK_DAYS = 180;
export const VOLATILE_RECHECK_DAYS = 90;

/**
 * Bumped when stored records change shape, together with the step that migrates them (the last step
 * of the table in store/migrations.ts; a test keeps the two equal). An older number in `meta` is
 * migrated at hydration; a newer one puts this tab into read-only mode.
 */
export const SCHEMA_VERSION = 2;

/** The longest name a profile may have: it is shown in the header of every page. */
export const PROFILE_NAME_MAX = 40;

/** `submitted` is for request forms: sent, awaiting the platform's reply (still open). */
export const STATUSES = ['done', 'submitted', 'skipped', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];
