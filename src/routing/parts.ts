import type { ComponentType } from 'react';
import type { AppState } from '../store/store';
import { once, type Arrival } from './arrival';

interface Part {
  load: () => Arrival<{ default: ComponentType }>;
  /** Whether the state calls for this part; once it has, the part stays loaded. */
  needed: (state: AppState) => boolean;
}

/**
 * Parts of the layout most visits never show — storage warnings, re-audit reminders — each in its
 * own chunk, loaded the first time the state calls for it, so a first visit downloads none of them.
 */
export const parts = {
  storageNotices: {
    load: once(() => import('../components/StorageBanner')),
    // Memory-only by the person's own choice is said by the nothing-kept banner instead.
    needed: (s) => (s.storage.kind !== 'ok' && !s.nothingKept) || s.setAside.length > 0,
  },
  nothingKept: {
    load: once(() => import('../components/NothingKeptBanner')),
    needed: (s) => s.nothingKept,
  },
  dueReminders: {
    load: once(() => import('../components/DueReminders')),
    needed: (s) => s.hydrated && Object.keys(s.checks).length > 0,
  },
} satisfies Record<string, Part>;

/** The prompt to reload into a new version, which the service worker (not the stored state) calls for. */
export const updatePrompt = once(() => import('../components/UpdatePrompt'));

/** Starts loading every part `state` already calls for, so the first render can show them at once. */
export function preloadParts(state: AppState): Arrival<unknown>[] {
  return Object.values(parts).filter((part) => part.needed(state)).map((part) => part.load());
}
