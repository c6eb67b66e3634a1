import { Link } from 'react-router';
import { t } from '../i18n/profile-badge-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { profileName } from './profile-name';

/** Says on every page whose checklist this tab has open, and leads to the others. */
export function ProfileBadge() {
  const hydrated = useAppStore((s) => s.hydrated);
  const name = useAppStore((s) => profileName(s.profiles, s.profile));
  return (
    <p className="profile-badge">
      {/* Until stored profiles are read, no name: the first one shown might be the wrong person's. */}
      {/* On a phone only the name shows, so the header stays one row; "Checklist:" is still read out. */}
      {hydrated && (
        <Link to={paths.profiles.href()}>
          <span className="profile-badge-label">{t('profiles.openLabel')}</span>{' '}
          <span className="profile-badge-name">{name}</span>
        </Link>
      )}
    </p>
  );
}
