/**
 * The words the app shows from its first screen, keyed by id; `{name}` placeholders are filled by
 * `t`. Each lazily loaded page keeps its own words in `<page>-messages.ts` (made by `withMessages`,
 * whose `t` knows these too), so the first screen does not download every page's text. A lint rule
 * keeps literal strings out of JSX.
 */
const en = {
  'app.name': 'Privacy Checkup',
  'app.tagline': 'Take back control of your data, one platform at a time.',
  'nav.label': 'Main',
  'nav.dashboard': 'Dashboard',
  'nav.settings': 'Settings',
  'nav.search': 'Find a setting',
  'nav.due': 'Re-audits',
  'nav.changes': 'What’s changed',
  'nav.skip': 'Skip to content',
  'nav.menu': 'Menu',
  'footer.local': 'Your progress stays in this browser. Nothing is sent anywhere.',
  'loading': 'Loading your progress…',
  'action.cancel': 'Cancel',
  'date.day': '{day} {month} {year}',
  'date.month': '{month} {year}',
  'date.months': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  'number.percent': '{percent}%',

  'dashboard.title': 'Your privacy checkup',
  'dashboard.overall': 'Overall: {complete} of {total} settings dealt with',
  'dashboard.overallLabel': 'Overall progress',
  'dashboard.platforms': 'Your platforms',
  'dashboard.noPlatforms': 'You have not picked any platforms yet.',
  'dashboard.editPlatforms': 'Change my platforms',
  'dashboard.platformProgress': '{complete} of {total} dealt with',
  'dashboard.platformProgressLabel': '{name} progress',
  'dashboard.byCategory': 'Dealt with, by kind of setting',
  'dashboard.categoryLabel': '{category} progress',
  'dashboard.categoryLine': '{category}: {complete} of {total} dealt with',

  'next.title': 'Your next best step',
  'next.go': 'Open it on its page',
  'next.guided': '10 minutes now',
  'next.guidedHint': 'One setting at a time, the most important and quickest first.',
  'next.allDone': 'Nothing open on your platforms. Well done — come back when something changes.',
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
  'platform.loadFailed': 'This page could not be loaded. Check your connection and reload the page; your progress is safe.',
  'error.title': 'Something did not load',

  'setting.newTab': '(opens in a new tab)',
  'setting.effort': 'About {minutes} min',
  'setting.new': 'New',
  'dashboard.newPlatforms': 'New platforms since your last visit',
  'dashboard.changedCount': '{count} changed since you checked',
  'dashboard.newCount': '{count} new since your last visit',

  'status.label.done': 'done',
  'status.label.submitted': 'sent, awaiting reply',
  'status.label.skipped': 'skipped',
  'status.label.not-applicable': 'not applicable',
  'status.label.open': 'open again',
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
  'toast.progress': '{name}: {complete} of {total} dealt with.',
  'toast.dismiss': 'Dismiss',
  'toast.closeSymbol': '×',

  'storage.memoryOnly': 'This browser is not letting the app save data, so your progress will be lost when you close this tab.',
  'storage.reload': 'Reload',

  'nav.report': 'Report',
  'theme.dark': 'Dark theme',
  'theme.legend': 'Appearance',
  'theme.system': 'Follow my device',
  'theme.light': 'Light',
  'theme.dark.choice': 'Dark',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address. It may be a platform we do not cover yet.',
  'notFound.home': 'Go to the dashboard',
} as const;

export type MessageId = keyof typeof en;
type Values = Readonly<Record<string, string | number>>;

const translator = <Id extends string>(table: Readonly<Record<Id, string>>) =>
  /** Looks a message up and fills `{placeholders}`; a missing value leaves the placeholder visible. */
  (id: Id, values: Values = {}): string =>
    table[id].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

export const t = translator(en);

/** A page's own `t`: its words plus these. A page may not redefine a word of the first screen (a type error). */
export const withMessages = <Extra extends Record<string, string> & { readonly [Id in MessageId]?: never }>(extra: Extra) =>
  translator<MessageId | Extract<keyof Extra, string>>({ ...en, ...extra });
