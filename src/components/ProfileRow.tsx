import { useId, useState, type FormEvent } from 'react';
import { utcDate } from '../audit/calendar';
import { createBackup } from '../backup/backup';
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import { t } from '../i18n/profiles-messages';
import { PROFILE_NAME_MAX } from '../schema/constants';
import { useAppStore } from '../store/hooks';
import { cleanProfileName } from '../store/profiles';
import { downloadFile } from './download';

interface Props {
  id: string;
  name: string;
  /** Open in this tab. */
  open: boolean;
  /** The only profile: it cannot be deleted. */
  only: boolean;
  disabled: boolean;
  /** Reports what happened, for the page's status line. */
  onDone(message: string): void;
}

/** A file name's part from a person's name: letters and digits only, so any name makes a safe file name. */
const fileStem = (name: string) => name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'checklist';

/** One checklist: open it, rename it, or delete it after offering its backup. */
export function ProfileRow({ id, name, open, only, disabled, onDone }: Props) {
  const [stage, setStage] = useState<'idle' | 'rename' | 'delete'>('idle');
  const inputId = useId();
  const openProfile = useAppStore((s) => s.openProfile);
  const renameProfile = useAppStore((s) => s.renameProfile);
  const deleteProfile = useAppStore((s) => s.deleteProfile);
  const profileRecords = useAppStore((s) => s.profileRecords);
  const now = useAppStore((s) => s.now);
  const failed = () => onDone(t('profiles.failed'));

  const rename = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = new FormData(e.currentTarget).get('name');
    const next = typeof text === 'string' ? cleanProfileName(text) : undefined;
    if (next === undefined || !(await renameProfile(id, next))) return onDone(t('profiles.badName', { max: PROFILE_NAME_MAX }));
    setStage('idle');
    onDone(t('profiles.renamed', { name: next }));
  };
  const downloadBackup = async () => {
    const records = await profileRecords(id);
    if (!records) return failed();
    const at = now();
    const backup = createBackup(records, CATALOGUE_VERSION, at, id);
    downloadFile(`privacy-checkup-backup-${fileStem(name)}-${utcDate(at)}.json`, 'application/json', JSON.stringify(backup, null, 2));
  };
  const remove = async () => {
    if (!(await deleteProfile(id))) return failed();
    onDone(t('profiles.deleted', { name }));
  };

  return (
    <li className="profile-row">
      <p className="profile-row-name">
        <strong>{name}</strong> {open && <span className="hint">{t('profiles.current')}</span>}
      </p>
      <div className="actions">
        {!open && (
          <button type="button" className="button-primary" disabled={disabled} onClick={() => void openProfile(id).then((ok) => (ok ? onDone(t('profiles.opened', { name })) : failed()))}>
            {t('profiles.openThis', { name })}
          </button>
        )}
        <button type="button" disabled={disabled} aria-expanded={stage === 'rename'} onClick={() => setStage(stage === 'rename' ? 'idle' : 'rename')}>
          {t('profiles.rename', { name })}
        </button>
        {only ? (
          <p className="hint">{t('profiles.lastOne')}</p>
        ) : (
          <button type="button" disabled={disabled} aria-expanded={stage === 'delete'} onClick={() => setStage(stage === 'delete' ? 'idle' : 'delete')}>
            {t('profiles.delete', { name })}
          </button>
        )}
      </div>
      {stage === 'rename' && (
        <form className="profile-form" onSubmit={(e) => void rename(e)}>
          <label htmlFor={inputId} className="field-label">{t('profiles.renameLabel', { name })}</label>
          <input id={inputId} type="text" name="name" defaultValue={name} maxLength={PROFILE_NAME_MAX} required autoComplete="off" />
          <button type="submit">{t('profiles.save')}</button>
        </form>
      )}
      {stage === 'delete' && (
        <div className="banner banner-warning" role="alert">
          <p>{t('profiles.deleteSure', { name })}</p>
          <div className="actions">
            <button type="button" onClick={() => void downloadBackup()}>{t('profiles.backupFirst', { name })}</button>
            <button type="button" className="button-danger" onClick={() => void remove()}>{t('profiles.deleteConfirm', { name })}</button>
            <button type="button" className="button-quiet" onClick={() => setStage('idle')}>{t('profiles.cancel')}</button>
          </div>
        </div>
      )}
    </li>
  );
}
