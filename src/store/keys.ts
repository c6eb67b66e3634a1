/**
 * Every IndexedDB key is built and read here. Records are per profile (`<profile>/…`): a person
 * helping a parent keeps each checklist apart. `default` is the profile the first version wrote;
 * `<profile>/profile` names a profile (see profiles.ts for which profiles exist).
 */
import { SETTING_ID } from '../schema/constants';

export const DEFAULT_PROFILE = 'default';

export type RecordKey =
  | { kind: 'check'; profile: string; settingId: string }
  | { kind: 'note'; profile: string; settingId: string }
  | { kind: 'history'; profile: string; id: string }
  | { kind: 'prefs'; profile: string }
  | { kind: 'snapshot'; profile: string }
  | { kind: 'profile'; profile: string }
  | { kind: 'checklist'; profile: string }
  | { kind: 'meta' }
  | { kind: 'quarantine' };

export const keys = {
  check: (settingId: string, profile = DEFAULT_PROFILE) => `${profile}/check/${settingId}`,
  note: (settingId: string, profile = DEFAULT_PROFILE) => `${profile}/note/${settingId}`,
  history: (at: string, random: string, profile = DEFAULT_PROFILE) => `${profile}/history/${at}/${random}`,
  prefs: (profile = DEFAULT_PROFILE) => `${profile}/prefs`,
  /** The records as they were before the last import, for its undo. */
  snapshot: (profile = DEFAULT_PROFILE) => `${profile}/snapshot`,
  /** A profile's name: one record per profile, so two tabs naming two profiles cannot collide. */
  profile: (profile: string) => `${profile}/profile`,
  /** A group checklist the profile follows (see schema/checklist.ts). */
  checklist: (profile: string) => `${profile}/checklist`,
  meta: () => 'meta',
  quarantine: (at: string, key: string) => `quarantine/${at}/${key}`,
};

/** The random part of a history key: two lines written in the same millisecond must not share one. */
export const randomId = () => Math.random().toString(36).slice(2, 10);

/** What a profile id may be: it is a key segment, and travels in backups. */
const PROFILE_ID = /^[a-z0-9-]+$/;

/** A new profile's id: random, never built from its name, so a rename keeps every record. */
export const newProfileId = () => `p-${randomId()}`;

/** The profile a stored key belongs to; `undefined` for `meta`, set-aside records and unknown keys. */
export function profileOf(key: string): string | undefined {
  const parsed = parseKey(key);
  return parsed && 'profile' in parsed ? parsed.profile : undefined;
}

/** Reads a stored key; `undefined` for a key this version does not know (kept, never touched). */
export function parseKey(key: IDBValidKey): RecordKey | undefined {
  if (typeof key !== 'string') return undefined;
  if (key === 'meta') return { kind: 'meta' };
  if (key.startsWith('quarantine/')) return { kind: 'quarantine' };
  const [profile, kind, ...rest] = key.split('/');
  if (!profile || !PROFILE_ID.test(profile)) return undefined;
  if ((kind === 'prefs' || kind === 'snapshot' || kind === 'profile' || kind === 'checklist') && rest.length === 0) return { kind, profile };
  if ((kind === 'check' || kind === 'note') && rest.length === 1 && SETTING_ID.test(rest[0] ?? '')) {
    return { kind, profile, settingId: rest[0] ?? '' };
  }
  if (kind === 'history' && rest.length === 2) return { kind, profile, id: rest.join('/') };
  return undefined;
}
