import { withMessages } from './common-messages';

/**
 * Words a page in another language shows beside catalogue text that is still in English: a label the
 * platform's own pages in that language have not confirmed, and a setting not translated yet. English
 * pages never show them; they travel with the platform page's chunk.
 */
export const t = withMessages('overlay', {
  'overlay.englishLabel': '(English menu name)',
  'overlay.inEnglish': 'Not translated yet: this setting and its steps are in English for now.',
} as const);
