import { useEffect, useState } from 'react';
import { useAppStore } from '../store/hooks';

/**
 * After the person's first decision, asks the browser not to evict the app's storage under
 * pressure (once per page load; browsers answer without a prompt, from engagement signals).
 */
export function useRequestPersistenceAfterFirstTick() {
  const ticked = useAppStore((s) => Object.keys(s.checks).length > 0 && s.storage.kind === 'ok');
  useEffect(() => {
    if (ticked && navigator.storage?.persist) void navigator.storage.persisted().then((already) => already || navigator.storage.persist());
  }, [ticked]);
}

/** Whether the browser has promised to keep the app's storage; `undefined` while unknown or unsupported. */
export function usePersisted(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);
  return persisted;
}
