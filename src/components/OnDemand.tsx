import { useState, type ComponentType } from 'react';
import type { Arrival } from '../routing/arrival';
import { useArrival } from '../routing/use-arrival';

/** Renders a component from its own chunk, loading it the first time `when` holds (and keeping it after). */
export function OnDemand({ when, load }: { when: boolean; load: () => Arrival<{ default: ComponentType }> }) {
  const [needed, setNeeded] = useState(when);
  if (when && !needed) setNeeded(true);
  const code = useArrival(needed ? load() : undefined);
  if (!code?.ok) return null;
  const Part = code.value.default;
  return <Part />;
}
