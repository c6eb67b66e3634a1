/**
 * Which profile this tab has open. Per tab (sessionStorage), so two tabs on two profiles keep to
 * their own after a reload; a new tab opens the profile last opened anywhere (localStorage).
 */
export interface TabProfile {
  read(): string | undefined;
  remember(profile: string): void;
}

const KEY = 'privacy-checkup:profile';

export function openTabProfile(tab: Storage | undefined = globalThis.sessionStorage, device: Storage | undefined = globalThis.localStorage): TabProfile {
  const get = (storage: Storage | undefined) => {
    try {
      return storage?.getItem(KEY) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read: () => get(tab) ?? get(device),
    remember(profile) {
      for (const storage of [tab, device]) {
        try {
          storage?.setItem(KEY, profile);
        } catch {
          // Blocked storage: the tab opens the first profile next time, nothing worse.
        }
      }
    },
  };
}
