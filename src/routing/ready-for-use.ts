type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * The same promise, marked as React marks the promises it has met: once it settles, `use()` reads
 * its value (or error) at once instead of suspending for one more pass. A page whose code and data
 * arrived before hydration then hydrates in React's first pass.
 */
export function readyForUse<T>(promise: Promise<T>): Promise<T> {
  const tracked = promise as Tracked<T>;
  if (tracked.status) return promise;
  tracked.status = 'pending';
  // Block bodies: a handler that returned the promise itself would hand its rejection on, unhandled.
  promise.then(
    (value) => {
      Object.assign(tracked, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(tracked, { status: 'rejected', reason });
    },
  );
  return promise;
}
