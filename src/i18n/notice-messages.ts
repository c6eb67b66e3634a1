import { withMessages } from './common-messages';

/** Words of the notices most visits never show (storage warnings, re-audit reminders, the update prompt). Loaded with them. */
export const t = withMessages('notice', {
  'reminder.title': 'Time for a privacy re-audit',
  'reminder.body': 'Settings change without notice. It is time to look again at {platforms}.',
  'reminder.review': 'Review now',
  'reminder.snooze': 'Snooze {days} days',
  'reminder.dismiss': 'Not now',
  'notification.title': 'Privacy re-audit due',
  'notification.body': 'Time to look again at {platforms}.',
  'storage.writeFailed': 'Your last change could not be saved. It is kept on this page and will be retried.',
  'storage.quota': 'Your device is out of storage space, so your last change could not be saved. It is kept on this page; free some space, then retry.',
  'storage.retry': 'Retry saving',
  'storage.newerVersion': 'A newer version of Privacy Checkup saved your progress in another tab. This tab will not save anything until you reload it.',
  'storage.setAside': '{count, plural, one {# saved record could not be read. It was} other {# saved records could not be read. They were}} set aside untouched, not deleted.',
  'storage.download': 'Download them',
  'storage.saveCopy': 'Save a copy of your progress',
  'update.ready': 'A new version of Privacy Checkup is ready, possibly with updated settings for your platforms.',
  'update.reload': 'Reload to update',
} as const);
