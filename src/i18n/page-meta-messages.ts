import { withMessages } from './common-messages';

/**
 * Words of the prerendered pages' heads (titles and descriptions for search results and link
 * previews) and the one line a reader without JavaScript sees.
 */
export const t = withMessages('page-meta', {
  'meta.title': '{page} · Privacy Checkup',
  'meta.home.title': 'Privacy Checkup: take back control of your data',
  'meta.home.description': 'A private, offline checklist of the privacy settings that matter, platform by platform, starting with LinkedIn’s AI-training switch.',
  'meta.platform.title': '{name} privacy settings, step by step',
  'meta.search.description': 'Search every privacy setting across every platform in the checklist.',
  'meta.due.description': 'Which platforms are due for another look at their privacy settings.',
  'meta.report.description': 'Your personal privacy report: what you changed, platform by platform, as a file you keep.',
  'meta.settings.description': 'Choose your platforms, region, reminders and theme; back up or move your progress.',
  'meta.changes.description': 'Every dated change to the privacy settings in the checklist, newest first.',
  'meta.guided.description': 'Ten minutes, one privacy setting at a time, most useful first.',
  'meta.profiles.description': 'The checklists kept on this device — yours and those of people you help.',
  'meta.makeChecklist.description': 'Make a privacy checklist for a group: pick the settings, put them in order, and share it as a link or a file.',
  'meta.checklist.description': 'A privacy checklist someone made for you: the settings they chose, in their order.',
  'meta.notFound.description': 'This page does not exist in Privacy Checkup.',
  'noscript.ticking': 'Everything on this page reads without JavaScript; ticking settings off (kept only on this device) needs it.',
} as const);
