import { Link } from 'react-router';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { t } from '../i18n/notice-messages';
import { downloadFile } from './download';

function downloadSetAside(records: readonly { key: string; value: unknown }[]) {
  let body: string;
  try {
    body = JSON.stringify(records, null, 2);
  } catch {
    body = JSON.stringify(records.map((r) => ({ key: r.key, value: String(r.value) })), null, 2);
  }
  downloadFile('privacy-checkup-unreadable-records.json', 'application/json', body);
}

/** Says plainly when progress is not being saved, and offers the way out. */
export default function StorageBanner() {
  const storage = useAppStore((s) => s.storage);
  const setAside = useAppStore((s) => s.setAside);
  const retry = useAppStore((s) => s.retryWrites);
  const nothingKept = useAppStore((s) => s.nothingKept);

  return (
    <>
      {storage.kind === 'memory-only' && !nothingKept && (
        <div className="banner banner-warning" role="alert">
          <p>{t('storage.memoryOnly')}</p>
          <Link className="button" to={`${paths.settings.href()}#backup-title`}>{t('storage.saveCopy')}</Link>
        </div>
      )}
      {storage.kind === 'write-failed' && (
        <div className="banner banner-warning" role="alert">
          <p>{t(storage.quota ? 'storage.quota' : 'storage.writeFailed')}</p>
          <button type="button" onClick={() => void retry()}>{t('storage.retry')}</button>
        </div>
      )}
      {storage.kind === 'newer-version' && (
        <div className="banner banner-warning" role="alert">
          <p>{t('storage.newerVersion')}</p>
          <button type="button" onClick={() => window.location.reload()}>{t('storage.reload')}</button>
        </div>
      )}
      {setAside.length > 0 && (
        <div className="banner" role="status">
          <p>{t('storage.setAside', { count: setAside.length })}</p>
          <button type="button" onClick={() => downloadSetAside(setAside)}>{t('storage.download')}</button>
        </div>
      )}
    </>
  );
}
