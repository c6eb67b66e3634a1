import { useId } from 'react';
import { STATUSES } from '../schema/records';
import { t } from '../i18n/messages';
import { useAppStore, useCanEdit } from '../store/hooks';

/** Done / skip / not applicable as toggle buttons; pressing the chosen one again clears it. */
export function StatusControls({ settingId }: { settingId: string }) {
  const labelId = useId();
  const hintId = useId();
  const current = useAppStore((s) => s.checks[settingId]?.status);
  const setStatus = useAppStore((s) => s.setStatus);
  const canEdit = useCanEdit();

  return (
    <div className="status-controls" role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <span id={labelId} className="field-label">{t('setting.status')}</span>
      <div className="status-buttons">
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-button status-${status}`}
            aria-pressed={current === status}
            disabled={!canEdit}
            onClick={() => void setStatus(settingId, current === status ? undefined : status)}
          >
            {t(`status.${status}`)}
          </button>
        ))}
      </div>
      <p id={hintId} className="hint">{t('status.clearHint')}</p>
    </div>
  );
}
