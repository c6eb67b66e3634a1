/**
 * What the app's store holds and the verbs it offers, apart from how they are made (store.ts and
 * the *-verbs.ts modules), so every part can name them without importing another.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { CheckRecord, HistoryRecord, NoteRecord, Prefs, Status } from '../schema/records';
import type { BackupRecords } from '../schema/backup';
import type { ProfileRecord } from '../schema/profiles';
import type { Checklist } from '../schema/checklist';
import type { Persistence } from './persistence';
import type { SyncChannel } from './sync';
import type { Journal } from './journal';
import type { Migration } from './migrations';
import type { SetAside, Records } from './draft';
import type { Repository } from './repository';
import type { StorageStatus } from './status';
import type { TabProfile } from './tab-profile';

export interface StatusChange {
  settingId: string;
  before: CheckRecord | undefined;
  after: CheckRecord | undefined;
}

export interface AppState {
  hydrated: boolean;
  storage: StorageStatus;
  /** The profile open in this tab: every record below is its. */
  profile: string;
  /** Every profile's own record, by id (listProfiles says which exist). */
  profiles: Readonly<Record<string, ProfileRecord>>;
  checks: Readonly<Record<string, CheckRecord>>;
  notes: Readonly<Record<string, NoteRecord>>;
  /** Keyed by storage key, so a record re-read from another tab is never counted twice. */
  history: Readonly<Record<string, HistoryRecord>>;
  prefs: Prefs;
  /** The group checklist the open profile follows, if any. */
  checklist: Checklist | undefined;
  /** When the person last opened the app before this visit. */
  previousVisit: string | undefined;
  /** Records that could not be read, kept aside for the person to download. */
  setAside: readonly SetAside[];
  /** The latest status change made in this tab, for the undo toast (memory only). */
  lastChange: StatusChange | undefined;
  /** Whether the last import can be undone (a snapshot exists). */
  canUndoImport: boolean;
  /** Nothing is kept on this device (visit.ts): progress lives in memory for this visit only. */
  nothingKept: boolean;
  /** The store's clock, so views judge freshness with the same injected time as the store. */
  now: () => Date;

  hydrate(): Promise<void>;
  setStatus(settingId: string, status: Status | undefined): Promise<void>;
  undo(): Promise<void>;
  dismissLastChange(): void;
  /** Saves at once, every keystroke. */
  setNote(settingId: string, text: string): void;
  /** Retries any note whose save has not completed (called on pagehide). */
  flushNotes(): Promise<void>;
  choosePlatforms(platformIds: readonly string[]): Promise<void>;
  /** `undefined` forgets the region: every setting is shown as applying. */
  chooseRegion(region: string | undefined): Promise<void>;
  /** `undefined` follows the system again. */
  chooseTheme(theme: Prefs['theme']): Promise<void>;
  /** Sets the person's default interval (`platformId` undefined) or one platform's; `days` undefined removes it. */
  setInterval(platformId: string | undefined, days: number | undefined): Promise<void>;
  snoozeReminders(until: string): Promise<void>;
  setNotifications(on: boolean): Promise<void>;
  markNotified(day: string): Promise<void>;
  /** Opens another profile in this tab; `false` when it does not exist or this tab's changes are not yet stored. */
  openProfile(id: string): Promise<boolean>;
  /** Makes a profile and opens it; resolves with its id, `undefined` for a name that is empty or too long. */
  createProfile(name: string): Promise<string | undefined>;
  renameProfile(id: string, name: string): Promise<boolean>;
  /** Deletes a profile and every record of it (opening another first if it is open); never the last one. */
  deleteProfile(id: string): Promise<boolean>;
  /** A profile's records as a backup holds them, open here or not. */
  profileRecords(id: string): Promise<BackupRecords | undefined>;
  /**
   * Follows a group checklist: in a new profile named `newProfile` (made and opened first), or in
   * the open one. Its platforms join the chosen ones and its interval becomes the default.
   */
  adoptChecklist(checklist: Checklist, newProfile?: string): Promise<boolean>;
  /** Every record of the open profile, as a backup holds them. */
  exportRecords(): BackupRecords;
  /** Takes a snapshot of the records first (kept in storage), then merges or replaces. */
  importRecords(incoming: BackupRecords, mode: 'merge' | 'replace'): Promise<void>;
  /** Puts back the records as they were before the last import. */
  undoImport(): Promise<void>;
  /** Removes every stored record of this app; resolves with how many there were. */
  forgetEverything(): Promise<number>;
  retryWrites(): Promise<void>;
  dispose(): void;
}

export interface AppStoreOptions {
  /** `undefined` when IndexedDB is unavailable: the app works in memory and says so. */
  storage: Persistence | undefined;
  now?: () => Date;
  channel?: SyncChannel;
  /** Where note keystrokes land synchronously before IndexedDB has them (localStorage in the app). */
  journal?: Journal;
  retryDelayMs?: number;
  /** The stored-record migrations (migrations.ts); tests pass a table of their own. */
  migrations?: readonly Migration[];
  /** Which profile this tab opens, and remembers (tab-profile.ts); without it, the first profile. */
  tab?: TabProfile;
  /** Chosen by the person for this visit: no storage is passed, and the app says so (visit.ts). */
  nothingKept?: boolean;
}

export type AppStore = StoreApi<AppState>;

/** What a group of verbs is made with: the store's own `set` and `get`, the repository and the clock. */
export interface VerbContext {
  set: StoreApi<AppState>['setState'];
  get: () => AppState;
  repo: Repository;
  now: () => Date;
  /** Puts records in memory, with whether an import can be undone: the one way records reach the screen. */
  showRecords(records: Records, more?: Partial<AppState>): void;
  tab: TabProfile | undefined;
}
