import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths';
import { CardSection } from '../components/CardSection';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProfileRow } from '../components/ProfileRow';
import { profileName } from '../components/profile-name';
import { t } from '../i18n/profiles-messages';
import { PROFILE_NAME_MAX } from '../schema/constants';
import { useAppStore } from '../store/hooks';
import { canManageProfiles, cleanProfileName, listProfiles } from '../store/profiles';
import './profiles.css';

/** The checklists on this device: which one this tab has open, and making, renaming and deleting them. */
export default function ProfilesPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const profiles = useAppStore((s) => s.profiles);
  const open = useAppStore((s) => s.profile);
  const manageable = useAppStore(canManageProfiles);
  const createProfile = useAppStore((s) => s.createProfile);
  const [status, setStatus] = useState('');
  const nameId = useId();
  const list = listProfiles(profiles);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const text = new FormData(form).get('name');
    const name = typeof text === 'string' ? cleanProfileName(text) : undefined;
    if (name === undefined || (await createProfile(name)) === undefined) return setStatus(t('profiles.badName', { max: PROFILE_NAME_MAX }));
    form.reset();
    setStatus(t('profiles.created', { name }));
  };

  return (
    <>
      <PageHeading>{t('profiles.title')}</PageHeading>
      <p>{t('profiles.intro')}</p>
      {!hydrated ? (
        <Loading />
      ) : (
        <>
          {!manageable && <p className="banner">{t('profiles.memoryOnly')}</p>}
          <CardSection id="profiles-list" title={t('profiles.list')}>
            <ul className="profile-list">
              {list.map((entry) => (
                <ProfileRow
                  key={entry.id} id={entry.id} name={profileName(profiles, entry.id)} open={entry.id === open}
                  only={list.length === 1} disabled={!manageable} onDone={setStatus}
                />
              ))}
            </ul>
          </CardSection>
          <CardSection id="profiles-create" title={t('profiles.create')}>
            <form className="profile-form" onSubmit={(e) => void create(e)}>
              <label htmlFor={nameId} className="field-label">{t('profiles.nameLabel')}</label>
              <input id={nameId} type="text" name="name" maxLength={PROFILE_NAME_MAX} required autoComplete="off" disabled={!manageable} />
              <button type="submit" className="button-primary" disabled={!manageable}>{t('profiles.add')}</button>
            </form>
            <p className="hint">{t('profiles.backupNote')}</p>
          </CardSection>
        </>
      )}
      <p role="status">{status}</p>
      <p><Link to={paths.makeChecklist.href()}>{t('profiles.makeChecklist')}</Link></p>
    </>
  );
}
