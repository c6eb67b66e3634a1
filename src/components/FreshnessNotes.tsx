import { changesSinceCheck, isDueForRecheck } from '../audit/freshness';
import type { Setting } from '../schema/catalogue';
import { formatDay } from '../i18n/format';
import { t } from '../i18n/platform-messages';
import { useAppStore } from '../store/hooks';
import { useRenderClock } from './use-hydrated';

/** What changed since the person's check, and whether the entry itself may be out of date. */
export function FreshnessNotes({ setting }: { setting: Setting }) {
  const check = useAppStore((s) => s.checks[setting.id]);
  const now = useRenderClock();
  const changes = changesSinceCheck(setting, check);
  return (
    <>
      {changes.length > 0 && (
        <div className="banner banner-warning changed-note">
          <p><strong>{t('setting.changed')}</strong></p>
          <ul>
            {changes.map((c) => (
              <li key={c.date + c.summary}>
                {c.summary ? t('setting.changedOn', { date: formatDay(c.date), summary: c.summary }) : t('setting.changedNoSummary', { date: formatDay(c.date) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {isDueForRecheck(setting, now()) && <p className="hint stale-note">{t('setting.stale', { date: formatDay(setting.checked) })}</p>}
    </>
  );
}
