import { ReminderBanner } from './ReminderBanner';
import { useDueNotifications } from './use-due-notifications';

/** The in-app reminder and the opt-in notification, loaded only once something has been checked. */
export default function DueReminders() {
  useDueNotifications();
  return <ReminderBanner />;
}
