/**
 * Something loading (a route's code, a platform's entries) whose outcome can be read synchronously
 * once it has arrived. Pages render from `result` directly instead of suspending: React holds a
 * Suspense boundary's reveal back for up to 300 ms, and a chunk that is already there (preloaded
 * while the app's code was still loading) should render on the very first pass.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface Arrival<T> {
  readonly promise: Promise<T>;
  /** Set once the promise has settled. */
  result: Outcome<T> | undefined;
}

export function arrival<T>(promise: Promise<T>): Arrival<T> {
  const tracked: Arrival<T> = { promise, result: undefined };
  promise.then(
    (value) => { tracked.result = { ok: true, value }; },
    (error: unknown) => { tracked.result = { ok: false, error }; },
  );
  return tracked;
}

/** Starts `load` on first use only, and hands every caller the same arrival. */
export function once<T>(load: () => Promise<T>): () => Arrival<T> {
  let started: Arrival<T> | undefined;
  return () => (started ??= arrival(load()));
}

/** Resolves when every one has settled either way, or after `ms`, whichever comes first. */
export function settledWithin(waits: readonly PromiseLike<unknown>[], ms: number): Promise<void> {
  const all = Promise.allSettled(waits);
  return Promise.race([all.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
