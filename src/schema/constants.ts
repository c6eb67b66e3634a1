/**
 * The vocabulary of the catalogue and the stored records, without zod: the dashboard and the
 * store import these on every page, and zod loads only when there is something to validate.
 */
export const SETTING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CATEGORIES = ['ai-training', 'ads', 'tracking', 'visibility', 'sharing', 'security', 'retention', 'your-data'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const KINDS = ['toggle', 'form', 'none'] as const;
export const SURFACES = ['web', 'ios', 'android'] as const;
/** Fields a source may leave unconfirmed; the UI marks each one named in `unverified`. */
export const CHECKABLE_FIELDS = [
  'title', 'menuPath', 'url', 'steps.web', 'steps.ios', 'steps.android', 'recommended', 'default', 'regions', 'caveats',
] as const;

/** Bumped when stored records change shape; a newer number in `meta` puts older tabs into read-only mode. */
export const SCHEMA_VERSION = 1;
/** `submitted` is for request forms: sent, awaiting the platform's reply (still open). */
export const STATUSES = ['done', 'submitted', 'skipped', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];
