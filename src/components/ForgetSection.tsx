import { useState } from 'react';
import { t } from '../i18n/settings-messages';
import { useAppStore, useCanEdit } from '../store/hooks';
import { BackupDownload } from './BackupControls';

/** Offline caches and the service worker go too: nothing of the person's stays on the device. */
async function clearOfflineFiles(): Promise<{ caches: number; workers: number }> {
  let cacheCount = 0;
  let workers = 0;
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
    cacheCount = names.length;
  }
  if (typeof navigator !== 'undefined' && navigator.serviceWorker) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
    workers = registrations.length;
  }
  return { caches: cacheCount, workers };
}

export function ForgetSection() {
  const forgetEverything = useAppStore((s) => s.forgetEverything);
  const writable = useCanEdit();
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<string>();

  const forget = async () => {
    const records = await forgetEverything();
    const { caches, workers } = await clearOfflineFiles();
    setAsking(false);
    setResult(t('forget.done', { records, caches, workers }));
  };

  return (
    <div>
      <p>{t('forget.intro')}</p>
      <div className="actions">
        <BackupDownload label={t('forget.backupFirst')} />
        {!asking && <button type="button" disabled={!writable} onClick={() => setAsking(true)}>{t('forget.ask')}</button>}
      </div>
      {asking && (
        <div className="banner banner-warning" role="alert">
          <p>{t('forget.sure')}</p>
          <div className="actions">
            <button type="button" className="button-danger" onClick={() => void forget()}>{t('forget.confirm')}</button>
            <button type="button" className="button-quiet" onClick={() => setAsking(false)}>{t('action.cancel')}</button>
          </div>
        </div>
      )}
      <p role="status">{result}</p>
    </div>
  );
}
