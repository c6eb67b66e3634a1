import { Suspense, useState, type ComponentType } from 'react';

/**
 * Renders a part of the layout most visits never show (a storage warning, a re-audit reminder, the
 * update prompt) from its own `React.lazy` chunk, the first time `when` holds, and keeps it after.
 */
export function OnDemand({ when, part: Part }: { when: boolean; part: ComponentType }) {
  const [needed, setNeeded] = useState(when);
  if (when && !needed) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Part />
    </Suspense>
  );
}
