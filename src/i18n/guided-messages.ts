import { withMessages } from './common-messages';

/** Words of the guided flow ("10 minutes now"). Loaded with that page's chunk, not at start. */
export const t = withMessages('guided', {
  'guided.title': 'Ten minutes, one setting at a time',
  'guided.intro': 'The most important and quickest settings first. Decide each one, then go to the next; stop whenever you like.',
  'guided.position': 'Setting {n} of {total} · about {minutes} min in all',
  'guided.next': 'Next setting',
  'guided.finish': 'See what you did',
  'guided.stop': 'Stop here',
  'guided.decided': 'Saved. Go on when you are ready.',
  'guided.noPlatforms': 'Pick your platforms on the dashboard first, then come back here.',
  'guided.toDashboard': 'Back to the dashboard',
  'guided.nothingOpen': 'Nothing is open on your platforms. Well done — come back when something changes.',
  'guided.summaryTitle': 'What you did',
  'guided.summaryDealt': 'You dealt with {count, plural, one {# setting} other {# settings}} in this session.',
  'guided.summaryNone': 'You did not decide anything this time. Every setting is still waiting for you.',
  'guided.summaryDone': 'Done: {count}',
  'guided.summaryNotApplicable': 'Not applicable: {count}',
  'guided.summarySkipped': 'Skipped for later: {count}',
  'guided.summarySubmitted': 'Sent, awaiting a reply: {count}',
  'guided.summaryOverall': 'Across your platforms: {complete} of {total} dealt with ({percent}).',
  'guided.more': 'Another 10 minutes',
  'guided.loadFailed': 'This setting could not be loaded. Check your connection; you can skip to the next one.',
} as const);
