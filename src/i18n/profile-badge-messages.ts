import { withMessages } from './common-messages';

/** The words every page's header needs about profiles; the profiles page's own words load with it. */
export const badgeWords = {
  'profiles.firstName': 'Me',
  'profiles.openLabel': 'Checklist:',
} as const;

export const t = withMessages('profile-badge', badgeWords);
