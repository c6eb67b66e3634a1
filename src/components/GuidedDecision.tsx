import type { Setting } from '../schema/catalogue';
import { useAppStore } from '../store/hooks';
import { StatusButtons } from './StatusButtons';

/**
 * Done / skip / not applicable for the guided flow. Unlike the card's controls, pressing a choice
 * always sets it (never clears it): here "Skip" means "not now, move on", even for a setting
 * skipped before.
 */
export function GuidedDecision({ settingId, kind, decided, onDecided }: { settingId: string; kind: Setting['kind']; decided: boolean; onDecided: () => void }) {
  const current = useAppStore((s) => s.checks[settingId]?.status);
  const setStatus = useAppStore((s) => s.setStatus);
  return (
    <StatusButtons
      kind={kind}
      pressed={(status) => decided && current === status}
      onChoose={(status) => {
        if (current !== status) void setStatus(settingId, status);
        onDecided();
      }}
    />
  );
}
