import { withMessages } from './common-messages';

/**
 * Descriptions in the prerendered pages' heads, for search results and link previews. (Titles are
 * the pages' own words: the browser shows them too, after a move inside the app.)
 */
export const t = withMessages('page-meta', {
  'meta.home.description': 'A private, offline checklist of the privacy settings that matter, platform by platform, starting with LinkedIn’s AI-training switch.',
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
} as const);
