/**
 * Every word the app shows, keyed by id. `{name}` placeholders are filled by `t`. One module, so a
 * locale overlay can replace it whole; a lint rule keeps literal strings out of JSX.
 */
const en = {
  'app.name': 'Privacy Checkup',
  'app.tagline': 'Take back control of your data, one platform at a time.',
  'nav.label': 'Main',
  'nav.dashboard': 'Dashboard',
  'nav.settings': 'Settings',
  'nav.skip': 'Skip to content',
  'footer.local': 'Your progress stays in this browser. Nothing is sent anywhere.',
  'loading': 'Loading your progress…',

  'dashboard.title': 'Your privacy checkup',
  'dashboard.overall': 'Overall: {complete} of {total} settings dealt with',
  'dashboard.overallLabel': 'Overall progress',
  'dashboard.platforms': 'Your platforms',
  'dashboard.noPlatforms': 'You have not picked any platforms yet.',
  'dashboard.editPlatforms': 'Change my platforms',
  'dashboard.platformProgress': '{complete} of {total} done',
  'dashboard.platformProgressLabel': '{name} progress',
  'dashboard.open': 'Open {name}',

  'featured.label': 'Start here',
  'featured.onBy': 'On by default since late 2024',
  'featured.lede': '{platform} uses your posts and activity to train generative AI unless you switch it off. Turning it off stops future use; it does not undo training already done.',
  'featured.cta': 'Review this setting on {platform}',
  'featured.done': 'You marked this as done.',

  'picker.title': 'Which platforms do you use?',
  'picker.intro': 'Pick the ones you have an account on. You can change this any time in Settings.',
  'picker.search': 'Search platforms',
  'picker.empty': 'No platform matches “{query}”.',
  'picker.count': '{count} settings',
  'picker.save': 'Save my platforms',
  'picker.selected': '{count} selected',
  'picker.aiPath': 'Just show me the AI-training switches',
  'picker.aiPathHint': 'Picks every platform that trains AI on your data, so you can start with those.',
  'picker.saved': 'Your platforms are saved.',

  'platform.back': 'All platforms',
  'platform.settingsHome': 'Open {name}’s privacy settings',
  'platform.progressLabel': '{name} progress',
  'platform.progress': '{complete} of {total} done · {skipped} skipped',
  'platform.loading': 'Loading {name}…',
  'platform.notChosen': 'This platform is not in your list.',
  'platform.addToList': 'Add {name} to my platforms',
  'platform.loadFailed': 'This platform’s checklist could not be loaded. Check your connection and reload the page.',

  'setting.recommended': 'Recommended',
  'setting.default': 'Platform default',
  'setting.why': 'Why it matters',
  'setting.steps': 'How to change it',
  'setting.surface.web': 'On the web',
  'setting.surface.ios': 'iPhone and iPad',
  'setting.surface.android': 'Android',
  'setting.yourDevice': '(your device)',
  'setting.menuPath': 'Menu path',
  'setting.deepLink': 'Go straight to the setting',
  'setting.newTab': '(opens in a new tab)',
  'setting.caveats': 'Good to know',
  'setting.regions': 'Where it applies',
  'setting.sources': 'Sources',
  'setting.verified': 'Checked against sources on {date}',
  'setting.unverified': 'Not confirmed by a good source: {fields}',
  'setting.effort': 'About {minutes} min',
  'setting.status': 'Your decision',
  'setting.note': 'Note (optional)',
  'setting.noteHint': 'Saved in this browser only.',
  'setting.details': 'Caveats, regions and sources',

  'status.done': 'Done',
  'status.skipped': 'Skip for now',
  'status.not-applicable': 'Not applicable',
  'status.label.done': 'done',
  'status.label.skipped': 'skipped',
  'status.label.not-applicable': 'not applicable',
  'status.label.open': 'open again',
  'status.clearHint': 'Press the selected choice again to clear it.',

  'category.ai-training': 'AI training',
  'category.ads': 'Ads',
  'category.tracking': 'Tracking',
  'category.visibility': 'Visibility',
  'category.sharing': 'Data sharing',
  'category.security': 'Security',
  'category.retention': 'Retention',
  'category.your-data': 'Your data',
  'priority.high': 'High priority',
  'priority.medium': 'Medium priority',
  'priority.low': 'Low priority',

  'toast.changed': '“{title}” marked {status}.',
  'toast.undo': 'Undo',
  'toast.dismiss': 'Dismiss',
  'toast.closeSymbol': '×',
  'toast.undone': 'Change undone.',

  'storage.memoryOnly': 'This browser is not letting the app save data, so your progress will be lost when you close this tab.',
  'storage.writeFailed': 'Your last change could not be saved. It is kept on this page and will be retried.',
  'storage.quota': 'Your device is out of storage space, so your last change could not be saved. It is kept on this page; free some space, then retry.',
  'storage.retry': 'Retry saving',
  'storage.newerVersion': 'A newer version of Privacy Checkup saved your progress in another tab. This tab will not save anything until you reload it.',
  'storage.reload': 'Reload',
  'storage.setAside': '{count} saved record(s) could not be read. They were set aside untouched, not deleted.',
  'storage.download': 'Download them',

  'settings.title': 'Settings',
  'settings.platforms': 'My platforms',
  'settings.storage': 'Where your data lives',
  'settings.storageOk': 'Your progress is saved in this browser’s storage (IndexedDB) on this device only.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address. It may be a platform we do not cover yet.',
  'notFound.home': 'Go to the dashboard',
} as const;

export type MessageId = keyof typeof en;

/** Looks a message up and fills `{placeholders}`; a missing value leaves the placeholder visible. */
export function t(id: MessageId, values: Readonly<Record<string, string | number>> = {}): string {
  return en[id].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
