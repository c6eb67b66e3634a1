import type { BackupProblem } from '../backup/backup';
import { withMessages } from './common-messages';

/** Words of backups: taking one (plain or protected), restoring, moving to another device, and why a file was refused. */
export const t = withMessages('backup', {
  'backup.title': 'Backup and restore',
  'backup.intro': 'A backup file holds every decision, note, history line and preference, to move to another browser or keep safe.',
  'backup.download': 'Download a backup',
  'backup.restoreInto': 'This goes into {name}’s checklist (open in this tab). To restore it as someone else’s, open or add their checklist first.',
  'backup.restore': 'Restore from a backup file',
  'backup.choose': 'Choose a backup file',
  'backup.plan': 'This file holds {settings} settings on {platforms} platforms; {newer} newer than yours, {older} older; {notes} notes; {history} new history lines.',
  'backup.merge': 'Merge (keep the newest decision for each setting)',
  'backup.replace': 'Replace everything here with the file',
  'backup.mergeDone': 'Backup merged. A snapshot of what you had before was kept.',
  'backup.replaceDone': 'Backup restored. A snapshot of what you had before was kept.',
  'backup.undo': 'Undo the import',
  'protect.title': 'Protect a backup with a passphrase',
  'protect.intro': 'The file is encrypted on this device (AES-GCM, with a key made from your passphrase). Without the passphrase nobody can read it — not even you, so keep the passphrase somewhere safe.',
  'protect.passphrase': 'Passphrase',
  'protect.repeat': 'Type the passphrase again',
  'protect.hint': 'At least {count} characters. A few unrelated words are easy to remember and hard to guess.',
  'protect.download': 'Download a protected backup',
  'protect.tooShort': 'The passphrase needs at least {count} characters.',
  'protect.mismatch': 'The two passphrases are not the same.',
  'protect.working': 'Encrypting…',
  'protect.unavailable': 'This browser could not encrypt the backup here (encryption needs the app opened over https). Nothing was downloaded; a plain backup still works.',
  'protect.done': 'Protected backup downloaded. Restore it in Settings on any device with the same passphrase.',
  'protect.locked': 'This backup is protected with a passphrase.',
  'protect.open': 'Open the backup',
  'protect.unlockPassphrase': 'Passphrase of this backup',
  'protect.opening': 'Opening…',
  'protect.problem.damaged': 'This protected backup is damaged or incomplete, so it cannot be opened. Nothing was changed.',
  'protect.problem.unsupported': 'This protected backup was made by a newer version of Privacy Checkup. Update the app, then try again. Nothing was changed.',
  'protect.problem.wrong': 'This passphrase does not open the file — or the file was changed after it was made. Check the passphrase and try again. Nothing was changed.',
  'move.title': 'Move to another device',
  'move.step1': 'Here: download a protected backup (above) and choose a passphrase.',
  'move.step2': 'Send the file to the other device yourself — by cable, AirDrop, a USB stick or an email to yourself. Without the passphrase it cannot be read on the way.',
  'move.step3': 'There: open Privacy Checkup, go to Settings, choose the file under “Restore from a backup file” and type the passphrase.',
  'move.step4': 'Check the preview, then merge (keeps the newest decision for each setting) or replace.',
  'backup.undone': 'Import undone: your data is back as it was.',
  'backup.problem.too-large': 'This file is too large to be a Privacy Checkup backup ({size}). Nothing was changed.',
  'backup.problem.not-json': 'This file is not a readable backup (it may be damaged or cut short). Nothing was changed.',
  'backup.problem.not-a-backup': 'This file is not a Privacy Checkup backup. Nothing was changed.',
  'backup.problem.newer-format': 'This backup was made by a newer version of Privacy Checkup (format {format}). Update the app, then try again. Nothing was changed.',
  'backup.problem.invalid': 'This backup has damaged or unexpected entries ({fields}), so it was not used. Nothing was changed.',
} as const);

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
