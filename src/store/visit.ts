/**
 * "Nothing kept on this device", for shared computers: progress lives in this tab's memory for the
 * visit only. The store then gets no database, journal, channel or remembered profile, so none of
 * the device's storage is even opened. The mode itself is a flag in sessionStorage (this tab's
 * only, gone with it), set from a link (`/?nothing-kept`) so the very first load opens nothing.
 */
const KEY = 'privacy-checkup:nothing-kept';
export const NOTHING_KEPT_PARAM = 'nothing-kept';

/** Whether this tab keeps nothing: asked for by the address, or earlier in this tab. */
export function keepsNothing(url: URL = new URL(location.href), session: Storage | undefined = globalThis.sessionStorage): boolean {
  try {
    if (url.searchParams.has(NOTHING_KEPT_PARAM)) session?.setItem(KEY, '1');
    return session?.getItem(KEY) === '1' || url.searchParams.has(NOTHING_KEPT_PARAM);
  } catch {
    return url.searchParams.has(NOTHING_KEPT_PARAM);
  }
}

/** Ends the mode for this tab; the next load keeps progress on the device again. */
export function stopKeepingNothing(session: Storage | undefined = globalThis.sessionStorage): void {
  try {
    session?.removeItem(KEY);
  } catch {
    // Blocked storage cannot hold the flag either: the mode ends with the tab.
  }
}

/** Opens a piece of the device's storage, unless nothing is kept. */
export const onDevice = (nothingKept: boolean) => <T>(open: () => T): T | undefined => (nothingKept ? undefined : open());
