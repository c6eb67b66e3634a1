import { useId, useState } from 'react';
import { intervalFor } from '../audit/due';
import type { PlatformSummary } from '../catalogue/index-model';
import { t } from '../i18n/settings-messages';
import { useAppStore, useCanEdit } from '../store/hooks';
import { useHydrated } from './use-hydrated';

const CHOICES = [7, 14, 30, 60, 90, 180, 365];

const parseDays = (value: string) => (value === '' ? undefined : Number(value));

function NotificationToggle() {
  const id = useId();
  const on = useAppStore((s) => s.prefs.reminders?.notifications ?? false);
  const setNotifications = useAppStore((s) => s.setNotifications);
  const canEdit = useCanEdit();
  // Whether this browser has notifications is the browser's to tell: the prerendered page says nothing yet.
  const known = useHydrated();
  const supported = known && typeof Notification !== 'undefined';
  const [answer, setPermission] = useState<NotificationPermission>();
  const permission = answer ?? (supported ? Notification.permission : 'denied');

  // Permission is asked for only here, after the person asks for notifications — never on load.
  const toggle = async (wanted: boolean) => {
    if (wanted && supported && Notification.permission !== 'granted') {
      const answer = await Notification.requestPermission();
      setPermission(answer);
      if (answer !== 'granted') return;
    }
    await setNotifications(wanted);
  };

  return (
    <div>
      <label className="checkbox" htmlFor={id}>
        <input id={id} type="checkbox" checked={on && permission === 'granted'} disabled={!canEdit || !supported} onChange={(e) => void toggle(e.target.checked)} />
        <span>{t('settings.notificationsOn')}</span>
      </label>
      {known && !supported && <p className="hint">{t('settings.notificationsUnsupported')}</p>}
      {supported && permission === 'denied' && <p className="hint" role="status">{t('settings.notificationsDenied')}</p>}
      <p className="hint">{t('settings.notificationsHonest')}</p>
    </div>
  );
}

/** Re-audit intervals: the person's default, and an override per chosen platform. */
export function ReminderSettings({ platforms }: { platforms: readonly PlatformSummary[] }) {
  const id = useId();
  const reminders = useAppStore((s) => s.prefs.reminders);
  const setInterval = useAppStore((s) => s.setInterval);
  const canEdit = useCanEdit();
  return (
    <>
      <label htmlFor={id} className="field-label">{t('settings.defaultInterval')}</label>
      <select id={id} value={reminders?.defaultDays ?? ''} disabled={!canEdit} onChange={(e) => void setInterval(undefined, parseDays(e.target.value))}>
        <option value="">{t('settings.platformSuggestion')}</option>
        {CHOICES.map((days) => <option key={days} value={days}>{t('settings.days', { days })}</option>)}
      </select>
      {platforms.length > 0 && (
        <fieldset className="intervals">
          <legend>{t('settings.perPlatform')}</legend>
          {platforms.map((p) => {
            const fallback = intervalFor(p, { defaultDays: reminders?.defaultDays });
            const own = reminders?.overrides && Object.hasOwn(reminders.overrides, p.id) ? reminders.overrides[p.id] : undefined;
            return (
              <div key={p.id} className="interval-row">
                <label htmlFor={`${id}-${p.id}`}>{t('settings.platformInterval', { name: p.name })}</label>
                <select id={`${id}-${p.id}`} value={own ?? ''} disabled={!canEdit} onChange={(e) => void setInterval(p.id, parseDays(e.target.value))}>
                  <option value="">{t('settings.useDefault', { days: fallback })}</option>
                  {CHOICES.map((days) => <option key={days} value={days}>{t('settings.days', { days })}</option>)}
                </select>
              </div>
            );
          })}
        </fieldset>
      )}
      <h3>{t('settings.notifications')}</h3>
      <NotificationToggle />
    </>
  );
}
