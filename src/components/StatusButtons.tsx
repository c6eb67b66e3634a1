import { useId, type ReactNode } from 'react';
import { statusesFor } from '../audit/choices';
import type { Setting } from '../schema/catalogue';
import type { Status } from '../schema/constants';
import { t } from '../i18n/platform-messages';
import { useCanEdit } from '../store/hooks';
import './setting-card.css';

const label = (status: Status, kind: Setting['kind']) =>
  status === 'done' && kind !== 'toggle' ? t(`status.done.${kind}`) : t(`status.${status}`);

/** The group of decision buttons a setting of this kind offers; what pressing one means is the caller's. */
export function StatusButtons({ kind, pressed, onChoose, disabled = false, hint }: {
  kind: Setting['kind'];
  pressed: (status: Status) => boolean;
  onChoose: (status: Status) => void;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  const labelId = useId();
  const hintId = useId();
  const canEdit = useCanEdit();
  return (
    <div className="status-controls" role="group" aria-labelledby={labelId} aria-describedby={hint ? hintId : undefined}>
      <span id={labelId} className="field-label">{t('setting.status')}</span>
      <div className="status-buttons">
        {statusesFor(kind).map((status) => (
          <button
            key={status}
            type="button"
            className={`status-button status-${status}`}
            aria-pressed={pressed(status)}
            disabled={!canEdit || disabled}
            onClick={() => onChoose(status)}
          >
            {label(status, kind)}
          </button>
        ))}
      </div>
      {hint && <p id={hintId} className="hint">{hint}</p>}
    </div>
  );
}
