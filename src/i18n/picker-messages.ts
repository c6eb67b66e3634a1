import { withMessages } from './common-messages';

/** Words of the platform picker, on the first visit and in Settings. */
export const t = withMessages('picker', {
  'picker.search': 'Search platforms',
  'picker.empty': 'No platform matches “{query}”.',
  'picker.count': '{count, plural, one {# setting} other {# settings}}',
  'picker.save': 'Save my platforms',
  'picker.selected': '{count} selected',
  'picker.aiPath': 'Just show me the AI-training switches',
  'picker.aiPathHint': 'Picks every platform that trains AI on your data, so you can start with those.',
} as const);
