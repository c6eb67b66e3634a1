import { settingIdSchema } from './catalogue';
import { z } from './z';

export const CHECKLIST_TYPE = 'privacy-checkup-checklist';
export const CHECKLIST_FORMAT = 1;
export const CHECKLIST_TITLE_MAX = 80;
export const CHECKLIST_INTRO_MAX = 600;
export const CHECKLIST_MAX_SETTINGS = 60;

/**
 * A checklist an organiser makes for a group: which settings, in which order, with a title, a short
 * introduction and a re-audit interval. The same shape travels in a link's fragment, in a file, and
 * is kept in the person's profile (`<profile>/checklist`).
 */
export const checklistSchema = z.strictObject({
  type: z.literal(CHECKLIST_TYPE),
  format: z.literal(CHECKLIST_FORMAT),
  title: z.string().check(z.minLength(1), z.maxLength(CHECKLIST_TITLE_MAX)),
  intro: z.string().check(z.maxLength(CHECKLIST_INTRO_MAX)),
  days: z.optional(z.int().check(z.minimum(1), z.maximum(730))),
  settings: z.array(settingIdSchema).check(z.minLength(1), z.maxLength(CHECKLIST_MAX_SETTINGS)),
});

export type Checklist = z.infer<typeof checklistSchema>;
