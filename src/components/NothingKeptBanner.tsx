import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { t } from '../i18n/visit-messages';
import type { AppState } from '../store/store';
import { useAppStore } from '../store/hooks';
import { useTakeBackup } from './BackupControls';
import { downloadFile } from './download';

/** The records a backup holds; a new object whenever any of them changes (the store never mutates). */
const progressOf = (s: AppState) => [s.checks, s.notes, s.history, s.prefs];
const hasProgress = (parts: readonly object[]) => parts.some((part) => Object.keys(part).length > 0);

/**
 * Says that this visit keeps nothing, offers the backup, and asks before the tab closes while
 * there is progress the last backup does not hold.
 */
export default function NothingKeptBanner() {
  const takeBackup = useTakeBackup();
  const progress = useAppStore(useShallow(progressOf));
  const [exported, setExported] = useState<readonly object[]>();
  const unsaved = hasProgress(progress) && !progress.every((part, i) => exported?.[i] === part);

  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show their prompt only when this is set.
      event.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [unsaved]);

  const download = () => {
    const { backup, stem } = takeBackup();
    downloadFile(`${stem}.json`, 'application/json', JSON.stringify(backup, null, 2));
    setExported(progress);
  };
  return (
    <div className="banner banner-warning" role="region" aria-label={t('visit.title')}>
      <p>{t('visit.banner')}</p>
      <button type="button" onClick={download}>{t('visit.download')}</button>
      {exported && !unsaved && <p role="status">{t('visit.downloaded')}</p>}
    </div>
  );
}
