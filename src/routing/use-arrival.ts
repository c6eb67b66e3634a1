import { useEffect, useReducer } from 'react';
import type { Arrival, Outcome } from './arrival';

/** The arrival's outcome, re-rendering once when it settles; `undefined` while it is still loading. */
export function useArrival<T>(tracked: Arrival<T> | undefined): Outcome<T> | undefined {
  const [, settled] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!tracked || tracked.result) return;
    let current = true;
    const rerender = () => { if (current) settled(); };
    tracked.promise.then(rerender, rerender);
    return () => { current = false; };
  }, [tracked]);
  return tracked?.result;
}
