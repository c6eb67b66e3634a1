/**
 * Which profiles exist, in one rule the store and every view share. A profile exists when its
 * `<profile>/profile` record does; with none stored (a first visit), the one profile is `default`.
 * No zod here: the header reads this on every page.
 */
import { PROFILE_NAME_MAX } from '../schema/constants';
import type { ProfileRecord } from '../schema/profiles';
import { DEFAULT_PROFILE } from './keys';
import { canWrite, type WriteState } from './status';

export interface ProfileEntry {
  id: string;
  /** Absent: the first profile, called by the app's own word for it. */
  name: string | undefined;
}

/** Every profile, oldest first (one without a creation date, the first version's, before all). */
export function listProfiles(profiles: Readonly<Record<string, ProfileRecord>>): ProfileEntry[] {
  const entries = Object.entries(profiles);
  if (entries.length === 0) return [{ id: DEFAULT_PROFILE, name: undefined }];
  return entries
    .sort(([a, ra], [b, rb]) => (ra.created ?? '').localeCompare(rb.created ?? '') || a.localeCompare(b))
    .map(([id, record]) => ({ id, name: record.name }));
}

export const profileExists = (profiles: Readonly<Record<string, ProfileRecord>>, id: string): boolean =>
  listProfiles(profiles).some((p) => p.id === id);

/** A name as it will be stored: trimmed, inner runs of space made one; `undefined` when empty or too long. */
export function cleanProfileName(text: string): string | undefined {
  const name = text.trim().replace(/\s+/g, ' ');
  return name.length > 0 && name.length <= PROFILE_NAME_MAX ? name : undefined;
}

/** Profiles can be made and opened only where records are stored: in memory there is one checklist. */
export const canManageProfiles = (state: WriteState): boolean => canWrite(state) && state.storage.kind !== 'memory-only';
