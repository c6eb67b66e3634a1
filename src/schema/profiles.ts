import { PROFILE_NAME_MAX } from './constants';
import { z } from './z';

/**
 * A profile's own record (`<profile>/profile`). `name` is absent for the profile the first version
 * wrote, which the app calls by a word of its own ("Me"); `created` orders the list.
 */
export const profileRecordSchema = z.strictObject({
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(PROFILE_NAME_MAX))),
  created: z.optional(z.iso.datetime({ offset: true })),
});

export type ProfileRecord = z.infer<typeof profileRecordSchema>;
