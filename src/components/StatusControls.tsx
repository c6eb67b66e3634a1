import { useId } from 'react';
import type { Setting } from '../schema/catalogue';
import { STATUSES, type Status } from '../schema/constants';
import { t } from '../i18n/platform-messages';
import { useAppStore, useCanEdit } from '../store/hooks';
import './setting-card.css';

const label = (status: Status, kind: Setting['kind']) =>
  status === 'done' && kind !== 'toggle' ? t(`status.done.${kind}`) : t(`status.${status}`);

/**
 * Done / skip / not applicable as toggle buttons; pressing the chosen one again clears it. A request
 * form also offers "sent — awaiting reply", which stays open until the platform answers.
 */
export function StatusControls({ settingId, kind = 'toggle', disabled = false }: { settingId: string; kind?: Setting['kind']; disabled?: boolean }) {
  const labelId = useId();
  const hintId = useId();
  const current = useAppStore((s) => s.checks[settingId]?.status);
  const setStatus = useAppStore((s) => s.setStatus);
  const canEdit = useCanEdit();

  return (
    <div className="status-controls" role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <span id={labelId} className="field-label">{t('setting.status')}</span>
      <div className="status-buttons">
        {STATUSES.filter((status) => status !== 'submitted' || kind === 'form').map((status) => (
          <button
            key={status}
            type="button"
            className={`status-button status-${status}`}
            aria-pressed={current === status}
            disabled={!canEdit || disabled}
            onClick={() => void setStatus(settingId, current === status ? undefined : status)}
          >
            {label(status, kind)}
          </button>
        ))}
      </div>
      <p id={hintId} className="hint">{t('status.clearHint')}</p>
    </div>
  );
}
