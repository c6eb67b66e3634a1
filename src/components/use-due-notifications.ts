import { useEffect } from 'react';
import { useAppStore } from '../store/hooks';
import { t } from '../i18n/notice-messages';
import { formatList } from '../i18n/format';
import { useDue } from './use-due';

/**
 * While the app is open, shows at most one notification a day when something is due — only if the
 * person turned notifications on. Through the service worker registration where there is one
 * (Android Chrome throws on `new Notification`).
 */
export function useDueNotifications() {
  const hydrated = useAppStore((s) => s.hydrated);
  const reminders = useAppStore((s) => s.prefs.reminders);
  const markNotified = useAppStore((s) => s.markNotified);
  const { due, today } = useDue();
  const overdue = due.filter((d) => d.overdue).map((d) => d.platform.name);
  const names = overdue.length > 0 ? formatList(overdue) : '';
  const day = names ? today() : '';

  useEffect(() => {
    if (!hydrated || !reminders?.notifications || !names || reminders.lastNotified === day) return;
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const body = t('notification.body', { platforms: names });
    void (async () => {
      const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
      if (registration) await registration.showNotification(t('notification.title'), { body, tag: 'reaudit' });
      else new Notification(t('notification.title'), { body, tag: 'reaudit' });
      await markNotified(day);
    })();
  }, [hydrated, reminders?.notifications, reminders?.lastNotified, names, day, markNotified]);
}
