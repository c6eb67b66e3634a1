import { useId, useState, type FormEvent } from 'react';
import { platformIdOf } from '../catalogue/ids';
import { t } from '../i18n/checklist-messages';
import { PROFILE_NAME_MAX } from '../schema/constants';
import type { Checklist } from '../schema/checklist';
import { useAppStore, useCanEdit } from '../store/hooks';
import { canManageProfiles, cleanProfileName } from '../store/profiles';
import { profileName } from './profile-name';
import { useCatalogue } from './use-catalogue';
import { SettingTitle } from './SettingTitle';

/**
 * A checklist someone shared: what it holds, and the two ways to follow it. Nothing changes until
 * one is chosen; `onClose` then (or on "Not now") leaves the shared checklist behind.
 */
export function ChecklistOffer({ checklist, onClose }: { checklist: Checklist; onClose(): void }) {
  const nameId = useId();
  const adopt = useAppStore((s) => s.adoptChecklist);
  const current = useAppStore((s) => profileName(s.profiles, s.profile));
  const canProfile = useAppStore(canManageProfiles);
  const canEdit = useCanEdit();
  const catalogue = useCatalogue();
  const [problem, setProblem] = useState('');

  const follow = async (newProfile?: string) => {
    if (await adopt(checklist, newProfile)) onClose();
  };
  const startNew = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = new FormData(e.currentTarget).get('name');
    const name = typeof text === 'string' ? cleanProfileName(text) : undefined;
    if (name === undefined) return setProblem(t('checklist.open.badName', { max: PROFILE_NAME_MAX }));
    void follow(name);
  };

  return (
    <section className="card" aria-labelledby="offer-title">
      <h2 id="offer-title">{checklist.title}</h2>
      {checklist.intro && <p className="checklist-intro">{checklist.intro}</p>}
      <p>{t('checklist.open.from', { count: checklist.settings.length })}{checklist.days !== undefined && ` ${t('checklist.open.every', { days: checklist.days })}`}</p>
      <ol>
        {checklist.settings.map((id) => (
          <li key={id}><SettingTitle setting={catalogue.setting(id)} /> ({catalogue.platform(platformIdOf(id))?.name})</li>
        ))}
      </ol>
      {canProfile && (
        <form className="profile-form" onSubmit={startNew}>
          <label htmlFor={nameId} className="field-label">{t('checklist.open.nameLabel')}</label>
          <input id={nameId} type="text" name="name" maxLength={PROFILE_NAME_MAX} defaultValue={checklist.title.slice(0, PROFILE_NAME_MAX)} autoComplete="off" />
          <button type="submit" className="button-primary">{t('checklist.open.newProfile')}</button>
        </form>
      )}
      {problem && <p role="alert">{problem}</p>}
      <div className="actions">
        <button type="button" disabled={!canEdit} onClick={() => void follow()}>{t('checklist.open.addCurrent', { name: current })}</button>
        <button type="button" className="button-quiet" onClick={onClose}>{t('checklist.open.cancel')}</button>
      </div>
    </section>
  );
}
