import { t } from '../i18n/backup-messages';
import { BackupDownload, BackupRestore } from './BackupControls';
import { CardSection } from './CardSection';
import { ProtectedBackupDownload } from './ProtectedBackup';

/** Settings' "Backup and restore": take a backup (plain or protected), restore one, and how to move to another device. */
export function BackupCard() {
  return (
    <CardSection id="backup-title" title={t('backup.title')}>
      <p>{t('backup.intro')}</p>
      <BackupDownload />
      <h3>{t('protect.title')}</h3>
      <p>{t('protect.intro')}</p>
      <ProtectedBackupDownload />
      <h3>{t('backup.restore')}</h3>
      <BackupRestore />
      <details>
        <summary>{t('move.title')}</summary>
        <ol>
          <li>{t('move.step1')}</li>
          <li>{t('move.step2')}</li>
          <li>{t('move.step3')}</li>
          <li>{t('move.step4')}</li>
        </ol>
      </details>
    </CardSection>
  );
}
