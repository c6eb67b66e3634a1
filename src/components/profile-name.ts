import type { ProfileRecord } from '../schema/profiles';
import { t } from '../i18n/profile-badge-messages';

/** What a profile is called on screen: its name, or the app's word for the first one. */
export const profileName = (profiles: Readonly<Record<string, ProfileRecord>>, id: string): string =>
  profiles[id]?.name ?? t('profiles.firstName');
