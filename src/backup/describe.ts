import { t } from '../i18n/settings-messages';
import type { BackupProblem } from './backup';

/** A plain sentence for a refused backup; every one says that nothing was changed. */
export function describeBackupProblem(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t('backup.problem.too-large', { size: `${(problem.bytes / 1024 / 1024).toFixed(1)} MB` });
    case 'newer-format':
      return t('backup.problem.newer-format', { format: problem.format });
    case 'invalid':
      return t('backup.problem.invalid', { fields: problem.fields.join(', ') });
    default:
      return t(`backup.problem.${problem.kind}`);
  }
}
