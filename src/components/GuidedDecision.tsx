import { useId } from 'react';
import type { Setting } from '../schema/catalogue';
import { STATUSES, type Status } from '../schema/constants';
import { t } from '../i18n/platform-messages';
import { useAppStore, useCanEdit } from '../store/hooks';

const label = (status: Status, kind: Setting['kind']) =>
  status === 'done' && kind !== 'toggle' ? t(`status.done.${kind}`) : t(`status.${status}`);

/**
 * Done / skip / not applicable for the guided flow. Unlike the card's controls, pressing a choice
 * always sets it (never clears it): here "Skip" means "not now, move on", even for a setting
 * skipped before.
 */
export function GuidedDecision({ settingId, kind, decided, onDecided }: { settingId: string; kind: Setting['kind']; decided: boolean; onDecided: () => void }) {
  const labelId = useId();
  const current = useAppStore((s) => s.checks[settingId]?.status);
  const setStatus = useAppStore((s) => s.setStatus);
  const canEdit = useCanEdit();
  return (
    <div className="status-controls" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">{t('setting.status')}</span>
      <div className="status-buttons">
        {STATUSES.filter((status) => status !== 'submitted' || kind === 'form').map((status) => (
          <button
            key={status}
            type="button"
            className="status-button"
            aria-pressed={decided && current === status}
            disabled={!canEdit}
            onClick={() => {
              if (current !== status) void setStatus(settingId, status);
              onDecided();
            }}
          >
            {label(status, kind)}
          </button>
        ))}
      </div>
    </div>
  );
}
