import { withMessages } from './common-messages';

/** Words of the "What's changed" page and of the Atom feed built beside it. Loaded with that page's chunk. */
export const t = withMessages('changes', {
  'changes.title': 'What’s changed',
  'changes.intro': 'Platforms move, rename and add privacy switches. Every change we have recorded in the catalogue is listed here, newest first.',
  'changes.feed': 'Follow these changes in a feed reader (Atom)',
  'changes.feedHint': 'The feed is a plain file: reading it tells us nothing about you.',
  'changes.mine': 'Only my platforms',
  'changes.count': '{count, plural, one {# change} other {# changes}}',
  'changes.list': 'Recorded changes',
  'changes.none': 'No recorded changes for your platforms yet.',
  'changes.sinceCheck': 'Changed since you checked it',
  'changes.source': 'Source',
  'changes.sourceFor': 'for {platform}: {setting}',
  'changes.open': '{platform}: {setting}',
  'changes.feedTitle': 'Privacy Checkup: what changed in the catalogue',
  'changes.feedSubtitle': 'Privacy settings that platforms moved, renamed, added or switched on, with the source for each change.',
} as const);
