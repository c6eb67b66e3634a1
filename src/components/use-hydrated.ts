import { useSyncExternalStore } from 'react';
import { surfaceOf } from '../catalogue/surfaces';
import type { Surface } from '../schema/catalogue';
import { useAppStore } from '../store/hooks';

const never = () => () => {};

/**
 * False while the page is prerendered at build time and while React hydrates that markup in the
 * browser; true from the render after (and at once where nothing was prerendered). What only the
 * browser knows — the person's device, today's date — must wait for it, or hydration would meet
 * markup it did not expect.
 */
export const useHydrated = (): boolean => useSyncExternalStore(never, () => true, () => false);

/** The person's own kind of device (its steps come first); a computer in the prerendered page. */
export function useOwnSurface(): Surface {
  return surfaceOf(useHydrated() ? navigator.userAgent : '');
}

const builtAt = () => new Date(__BUILT_AT__);

/** The clock pages render dates against: the build's moment in prerendered markup, the store's after. */
export function useRenderClock(): () => Date {
  const now = useAppStore((s) => s.now);
  return useHydrated() ? now : builtAt;
}
