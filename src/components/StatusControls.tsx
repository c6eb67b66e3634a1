import type { Setting } from '../schema/catalogue';
import { t } from '../i18n/platform-messages';
import { useAppStore } from '../store/hooks';
import { StatusButtons } from './StatusButtons';

/**
 * Done / skip / not applicable as toggle buttons; pressing the chosen one again clears it. A request
 * form also offers "sent — awaiting reply", which stays open until the platform answers.
 */
export function StatusControls({ settingId, kind = 'toggle', disabled = false }: { settingId: string; kind?: Setting['kind']; disabled?: boolean }) {
  const current = useAppStore((s) => s.checks[settingId]?.status);
  const setStatus = useAppStore((s) => s.setStatus);
  return (
    <StatusButtons
      kind={kind}
      disabled={disabled}
      pressed={(status) => current === status}
      onChoose={(status) => void setStatus(settingId, current === status ? undefined : status)}
      hint={t('status.clearHint')}
    />
  );
}
