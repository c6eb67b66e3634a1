import { withMessages } from './common-messages';

/** Words of the search page. Loaded with that page's chunk, not at start. */
export const t = withMessages('search', {
  'search.title': 'Find a setting',
  'search.intro': 'Search every platform at once — try “AI” for every AI-training switch — and tick settings off right here.',
  'search.input': 'Search all settings',
  'search.category': 'Category',
  'search.priority': 'Priority',
  'search.all': 'All ({count})',
  'search.option': '{label} ({count})',
  'search.count': '{count, plural, one {# setting found} other {# settings found}}',
  'search.none': 'No setting matches. Try fewer or shorter words.',
  'search.more': 'Showing the first {shown} of {count}. Add a word or a filter to narrow the list.',
  'search.open': 'Open in {platform}',
} as const);
