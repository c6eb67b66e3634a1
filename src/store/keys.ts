/**
 * Every IndexedDB key is built and read here. Records are per profile (`default` for now), so a
 * second profile — a person helping a parent — needs no migration.
 */
import { SETTING_ID } from '../schema/constants';

export const DEFAULT_PROFILE = 'default';

export type RecordKey =
  | { kind: 'check'; profile: string; settingId: string }
  | { kind: 'note'; profile: string; settingId: string }
  | { kind: 'history'; profile: string; id: string }
  | { kind: 'prefs'; profile: string }
  | { kind: 'snapshot'; profile: string }
  | { kind: 'meta' }
  | { kind: 'quarantine' };

export const keys = {
  check: (settingId: string, profile = DEFAULT_PROFILE) => `${profile}/check/${settingId}`,
  note: (settingId: string, profile = DEFAULT_PROFILE) => `${profile}/note/${settingId}`,
  history: (at: string, random: string, profile = DEFAULT_PROFILE) => `${profile}/history/${at}/${random}`,
  prefs: (profile = DEFAULT_PROFILE) => `${profile}/prefs`,
  /** The records as they were before the last import, for its undo. */
  snapshot: (profile = DEFAULT_PROFILE) => `${profile}/snapshot`,
  meta: () => 'meta',
  quarantine: (at: string, key: string) => `quarantine/${at}/${key}`,
};

/** The random part of a history key: two lines written in the same millisecond must not share one. */
export const randomId = () => Math.random().toString(36).slice(2, 10);

const PROFILE = /^[a-z0-9-]+$/;

/** Reads a stored key; `undefined` for a key this version does not know (kept, never touched). */
export function parseKey(key: IDBValidKey): RecordKey | undefined {
  if (typeof key !== 'string') return undefined;
  if (key === 'meta') return { kind: 'meta' };
  if (key.startsWith('quarantine/')) return { kind: 'quarantine' };
  const [profile, kind, ...rest] = key.split('/');
  if (!profile || !PROFILE.test(profile)) return undefined;
  if ((kind === 'prefs' || kind === 'snapshot') && rest.length === 0) return { kind, profile };
  if ((kind === 'check' || kind === 'note') && rest.length === 1 && SETTING_ID.test(rest[0] ?? '')) {
    return { kind, profile, settingId: rest[0] ?? '' };
  }
  if (kind === 'history' && rest.length === 2) return { kind, profile, id: rest.join('/') };
  return undefined;
}
