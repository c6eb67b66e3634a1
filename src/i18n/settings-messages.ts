import { withMessages } from './common-messages';

/** Words of the settings page: platforms, region, reminders, storage and forgetting. Loaded with that page's chunk, not at start. */
export const t = withMessages('settings', {
  'settings.reminders': 'Reminders',
  'settings.defaultInterval': 'Re-audit every',
  'settings.platformSuggestion': 'Each platform’s suggestion',
  'settings.days': '{days} days',
  'settings.platformInterval': '{name}',
  'settings.useDefault': 'Default ({days} days)',
  'settings.perPlatform': 'Per platform',
  'settings.notifications': 'Browser notifications',
  'settings.notificationsOn': 'Notify me when a re-audit is due',
  'settings.notificationsHonest': 'A web app cannot wake itself up: notifications only appear while Privacy Checkup is open in a tab or running as an installed app. The calendar file is the reliable reminder.',
  'settings.notificationsDenied': 'Notifications are blocked for this site in your browser settings.',
  'settings.notificationsUnsupported': 'This browser does not support notifications.',

  'settings.title': 'Settings',
  'settings.platforms': 'My platforms',
  'settings.platformsSaved': 'Your platforms are saved.',
  'settings.storage': 'Where your data lives',
  'settings.region': 'Your country or region',
  'settings.regionHint': 'Some settings exist only in some countries. Choosing yours marks the others as not applicable, with the reason. It stays in this browser.',
  'settings.regionAny': 'Not set — show every setting',
  'settings.catalogue': 'About the catalogue',
  'settings.catalogueVersion': 'Catalogue version {version}: {platforms} platforms, {settings} settings. Each entry lists its sources and the date it was checked against them.',
  'settings.persisted': 'This browser has agreed to keep your progress even when space runs low.',
  'settings.notPersisted': 'This browser has not promised to keep your progress: it may clear it if the device runs low on space. A backup keeps you safe.',
  'settings.storageOk': 'Your progress is saved in this browser’s storage (IndexedDB) on this device only.',

  'forget.title': 'Forget everything on this device',
  'forget.intro': 'Removes every decision, note, history line and preference from this browser, with the app’s offline files. Download a backup first if you may want it back.',
  'forget.confirm': 'Yes, forget everything',
  'forget.ask': 'Forget everything…',
  'forget.backupFirst': 'Download a backup first',
  'forget.sure': 'This cannot be undone from here. Download a backup first if you might want your progress back.',
  'forget.done': 'Done. Removed {records} saved records, {caches} offline caches and {workers} service worker registrations. This device holds nothing of yours now.',
} as const);
