/** Tells other tabs which records changed, so they re-read just those keys. */
export interface SyncChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

const CHANNEL_NAME = 'privacy-checkup:records';

export function openChannel(name = CHANNEL_NAME): SyncChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
}

/** A message naming changed keys; anything else on the channel is ignored. */
export function changedKeys(data: unknown): string[] {
  if (!data || typeof data !== 'object' || !('keys' in data) || !Array.isArray(data.keys)) return [];
  return data.keys.filter((key): key is string => typeof key === 'string');
}
