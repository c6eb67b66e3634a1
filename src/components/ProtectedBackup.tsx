import { useId, useState, type FormEvent } from 'react';
import { decryptBackupText, encryptBackupText, type DecryptProblem } from '../backup/encryption';
import { t } from '../i18n/backup-messages';
import { useAppStore } from '../store/hooks';
import { useTakeBackup } from './BackupControls';
import { downloadFile } from './download';

/** Long enough to resist guessing once PBKDF2 has slowed each guess down; the hint suggests a few words. */
const MIN_PASSPHRASE = 10;

/** Downloads the backup encrypted with a passphrase: the file says nothing of what it holds. */
export function ProtectedBackupDownload() {
  const passId = useId();
  const repeatId = useId();
  const takeBackup = useTakeBackup();
  const hydrated = useAppStore((s) => s.hydrated);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [status, setStatus] = useState<{ text: string; alert?: true }>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE) return setStatus({ text: t('protect.tooShort', { count: MIN_PASSPHRASE }), alert: true });
    if (passphrase !== repeat) return setStatus({ text: t('protect.mismatch'), alert: true });
    setBusy(true);
    setStatus({ text: t('protect.working') });
    const { backup, stem } = takeBackup();
    try {
      const sealed = await encryptBackupText(JSON.stringify(backup), passphrase);
      downloadFile(`${stem}.protected.json`, 'application/json', sealed + '\n');
      setPassphrase('');
      setRepeat('');
      setStatus({ text: t('protect.done') });
    } catch {
      // Web Crypto is missing where the page is not a secure context (a plain http:// address).
      setStatus({ text: t('protect.unavailable'), alert: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="protect-form">
      <label htmlFor={passId} className="field-label">{t('protect.passphrase')}</label>
      <input id={passId} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby={`${passId}-hint`} />
      <p id={`${passId}-hint`} className="hint">{t('protect.hint', { count: MIN_PASSPHRASE })}</p>
      <label htmlFor={repeatId} className="field-label">{t('protect.repeat')}</label>
      <input id={repeatId} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      <div className="actions">
        <button type="submit" disabled={!hydrated || busy}>{t('protect.download')}</button>
      </div>
      <p role={status?.alert ? 'alert' : 'status'}>{status?.text}</p>
    </form>
  );
}

const PROBLEM_MESSAGE: Record<DecryptProblem, Parameters<typeof t>[0]> = {
  damaged: 'protect.problem.damaged',
  unsupported: 'protect.problem.unsupported',
  'wrong-passphrase-or-altered': 'protect.problem.wrong',
};

/** Asks for the passphrase of a protected backup; hands the opened text on, or says why it stays shut. */
export function UnlockBackup({ text, onOpen, onCancel }: { text: string; onOpen: (plain: string) => void; onCancel: () => void }) {
  const passId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const opened = await decryptBackupText(text, passphrase);
    setBusy(false);
    if (opened.ok) onOpen(opened.text);
    else setProblem(t(PROBLEM_MESSAGE[opened.problem]));
  };

  return (
    <form className="banner" onSubmit={(e) => void submit(e)}>
      <p>{t('protect.locked')}</p>
      <label htmlFor={passId} className="field-label">{t('protect.unlockPassphrase')}</label>
      <input id={passId} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy || passphrase === ''}>{t('protect.open')}</button>
        <button type="button" className="button-quiet" onClick={onCancel}>{t('action.cancel')}</button>
      </div>
      {busy && <p role="status">{t('protect.opening')}</p>}
      {problem && <p className="banner banner-warning" role="alert">{problem}</p>}
    </form>
  );
}
