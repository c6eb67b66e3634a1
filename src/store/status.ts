/**
 * Whether this tab may change stored records, in one place: the store's verbs, the repository's
 * storage calls and the controls on screen all ask `canWrite`, so they can never disagree.
 */
export type StorageStatus =
  | { kind: 'ok' }
  /** IndexedDB is missing or refused to open: progress lives in memory only. */
  | { kind: 'memory-only' }
  /** Some writes failed; memory keeps them and retries. */
  | { kind: 'write-failed'; quota: boolean }
  /** A newer version of the app wrote these records: this tab must not write. */
  | { kind: 'newer-version' };

export interface WriteState {
  /** Stored records have been read: a write can no longer overwrite something unseen. */
  hydrated: boolean;
  storage: StorageStatus;
}

/**
 * Whether this tab may change records at all: stored progress has been read, and no newer version
 * of the app has written them. Every write — saving, importing, forgetting, setting aside — asks this.
 */
export const canWrite = (state: WriteState): boolean => state.hydrated && state.storage.kind !== 'newer-version';
