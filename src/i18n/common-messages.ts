/**
 * Words by feature: this file holds the words every page shares (the frame, dates, categories,
 * statuses, the undo toast); each feature keeps its own in `<feature>-messages.ts`, with ids prefixed
 * by the feature, made by `withMessages` so its `t` knows these shared words too. A feature's words
 * travel with the code that shows them, so the first screen downloads only its own. `{name}`
 * placeholders and ICU plurals are filled by `t` (see translate.ts, which also holds the other
 * locales' words); a lint rule keeps literal strings out of JSX.
 */
import { translator } from './translate';

const en = {
  'app.name': 'Privacy Checkup',
  'title.page': '{page} · Privacy Checkup',
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

  'platform.loadFailed': 'This page could not be loaded. Check your connection and reload the page; your progress is safe.',
  'error.title': 'Something did not load',

  'setting.newTab': '(opens in a new tab)',
  'setting.effort': 'About {minutes} min',
  'setting.new': 'New',

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
  'language.label': 'Language',
  'language.offerLabel': 'This page in your language',
  'language.dismiss': 'No thanks',
} as const;

export type MessageId = keyof typeof en;
export const t = translator<MessageId>('common', en);

/** A page's own `t`: its words plus these. A page may not redefine a word of the first screen (a type error). */
export const withMessages = <Extra extends Record<string, string> & { readonly [Id in MessageId]?: never }>(feature: string, extra: Extra) =>
  translator<MessageId | Extract<keyof Extra, string>>(feature, extra, { feature: 'common', words: en });
