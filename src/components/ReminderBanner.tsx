import { useState } from 'react';
import { Link } from 'react-router';
import { addDays } from '../audit/calendar';
import { reminderDue } from '../audit/due';
import { t } from '../i18n/notice-messages';
import { formatList } from '../i18n/format';
import { paths } from '../paths';
import { useAppStore, useCanEdit } from '../store/hooks';
import { useDue } from './use-due';

const SNOOZE_DAYS = 7;

/** Shown on opening the app when a platform is due for a re-audit; dismiss hides it for this visit. */
export function ReminderBanner() {
  const hydrated = useAppStore((s) => s.hydrated);
  const snoozedUntil = useAppStore((s) => s.prefs.reminders?.snoozedUntil);
  const snooze = useAppStore((s) => s.snoozeReminders);
  const canEdit = useCanEdit();
  const { due, today, now, timeZone } = useDue();
  const [dismissed, setDismissed] = useState(false);
  if (!hydrated || dismissed || !reminderDue(due, snoozedUntil, now, timeZone())) return null;

  const names = due.filter((d) => d.overdue).map((d) => d.platform.name);
  return (
    <section className="banner reminder" aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('reminder.title')}</h2>
      <p>{t('reminder.body', { platforms: formatList(names) })}</p>
      <div className="actions">
        <Link className="button button-primary" to={paths.due.href()}>{t('reminder.review')}</Link>
        <button type="button" disabled={!canEdit} onClick={() => void snooze(addDays(today(), SNOOZE_DAYS))}>{t('reminder.snooze', { days: SNOOZE_DAYS })}</button>
        <button type="button" className="button-quiet" onClick={() => setDismissed(true)}>{t('reminder.dismiss')}</button>
      </div>
    </section>
  );
}
