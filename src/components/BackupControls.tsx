import { useId, useState } from 'react';
import { utcDate } from '../audit/calendar';
import { createBackup, parseBackup, planImport, type ImportPlan } from '../backup/backup';
import { ENCRYPTED_MAX_BYTES, looksEncrypted } from '../backup/encryption';
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import { describeBackupProblem, t } from '../i18n/backup-messages';
import { BACKUP_MAX_BYTES, type Backup } from '../schema/backup';
import { useAppStore, useCanEdit } from '../store/hooks';
import { downloadFile } from './download';
import { UnlockBackup } from './ProtectedBackup';
import { profileName } from './profile-name';

/**
 * Takes a backup of every record of the checklist open in this tab now (a backup holds one
 * checklist), with the file name it is saved under (`.json` or `.protected.json`).
 */
export function useTakeBackup() {
  const exportRecords = useAppStore((s) => s.exportRecords);
  const now = useAppStore((s) => s.now);
  const profile = useAppStore((s) => s.profile);
  return () => {
    const at = now();
    return { backup: createBackup(exportRecords(), CATALOGUE_VERSION, at, profile), stem: `privacy-checkup-backup-${utcDate(at)}` };
  };
}

/** Downloads every record as a labelled, versioned backup file. */
export function BackupDownload({ label = t('backup.download') }: { label?: string }) {
  const takeBackup = useTakeBackup();
  const hydrated = useAppStore((s) => s.hydrated);
  const download = () => {
    const { backup, stem } = takeBackup();
    downloadFile(`${stem}.json`, 'application/json', JSON.stringify(backup, null, 2));
  };
  return <button type="button" disabled={!hydrated} onClick={download}>{label}</button>;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'locked'; text: string }
  | { kind: 'review'; backup: Backup; plan: ImportPlan }
  | { kind: 'done'; message: string };

/** Restore: size checked before reading, the same schemas as storage, a preview, then the person decides. */
export function BackupRestore() {
  const fileId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const exportRecords = useAppStore((s) => s.exportRecords);
  const importRecords = useAppStore((s) => s.importRecords);
  const undoImport = useAppStore((s) => s.undoImport);
  const canUndo = useAppStore((s) => s.canUndoImport);
  const canEdit = useCanEdit();
  // A backup goes into the checklist open here, never silently into another: the review names it.
  const into = useAppStore((s) => profileName(s.profiles, s.profile));

  const review = (text: string, bytes?: number) => {
    const parsed = parseBackup(text, bytes);
    if (!parsed.ok) return setStage({ kind: 'error', message: describeBackupProblem(parsed.problem) });
    setStage({ kind: 'review', backup: parsed.backup, plan: planImport(exportRecords(), parsed.backup.records) });
  };
  const read = async (file: File | undefined) => {
    if (!file) return;
    // Sizes are checked before a byte is read: a protected file is a third larger than what it holds.
    if (file.size > ENCRYPTED_MAX_BYTES) return setStage({ kind: 'error', message: describeBackupProblem({ kind: 'too-large', bytes: file.size }) });
    const text = await file.text();
    if (looksEncrypted(text)) return setStage({ kind: 'locked', text });
    if (file.size > BACKUP_MAX_BYTES) return setStage({ kind: 'error', message: describeBackupProblem({ kind: 'too-large', bytes: file.size }) });
    review(text, file.size);
  };
  const apply = async (backup: Backup, mode: 'merge' | 'replace') => {
    await importRecords(backup.records, mode);
    setStage({ kind: 'done', message: t(mode === 'merge' ? 'backup.mergeDone' : 'backup.replaceDone') });
  };

  return (
    <div>
      <label htmlFor={fileId} className="field-label">{t('backup.choose')}</label>
      <input id={fileId} type="file" accept=".json,application/json" disabled={!canEdit} onChange={(e) => void read(e.target.files?.[0])} />
      {stage.kind === 'error' && <p className="banner banner-warning" role="alert">{stage.message}</p>}
      {stage.kind === 'locked' && <UnlockBackup text={stage.text} onOpen={(plain) => review(plain)} onCancel={() => setStage({ kind: 'idle' })} />}
      {stage.kind === 'review' && (
        <div className="banner" role="status">
          <p>
            {t('backup.plan', {
              settings: stage.plan.settings, platforms: stage.plan.platforms, newer: stage.plan.newer,
              older: stage.plan.older, notes: stage.plan.notes, history: stage.plan.historyLines,
            })}
          </p>
          <p>{t('backup.restoreInto', { name: into })}</p>
          <div className="actions">
            <button type="button" className="button-primary" onClick={() => void apply(stage.backup, 'merge')}>{t('backup.merge')}</button>
            <button type="button" onClick={() => void apply(stage.backup, 'replace')}>{t('backup.replace')}</button>
            <button type="button" className="button-quiet" onClick={() => setStage({ kind: 'idle' })}>{t('action.cancel')}</button>
          </div>
        </div>
      )}
      {stage.kind === 'done' && <p role="status">{stage.message}</p>}
      {canUndo && (
        <button type="button" disabled={!canEdit} onClick={() => void undoImport().then(() => setStage({ kind: 'done', message: t('backup.undone') }))}>
          {t('backup.undo')}
        </button>
      )}
    </div>
  );
}
