import { useState } from 'react';
import { catalogueIndex } from '../catalogue/catalogue';
import { PageHeading } from '../components/PageHeading';
import { PlatformPicker } from '../components/PlatformPicker';
import { RegionPicker } from '../components/RegionPicker';
import { ReminderSettings } from '../components/ReminderSettings';
import { BackupDownload, BackupRestore } from '../components/BackupSection';
import { ForgetSection } from '../components/ForgetSection';
import { ThemeChoice } from '../components/ThemeToggle';
import { usePersisted } from '../components/use-persistent-storage';
import { t } from '../i18n/messages';
import { useAppStore } from '../store/hooks';
import { Loading } from '../components/Loading';

export default function SettingsPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const storage = useAppStore((s) => s.storage);
  const chosenIds = useAppStore((s) => s.prefs.platforms);
  const persisted = usePersisted();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <section className="card" aria-labelledby="my-platforms">
        <h2 id="my-platforms">{t('settings.platforms')}</h2>
        {hydrated ? (
          <PlatformPicker platforms={catalogueIndex.platforms} onSaved={() => setSaved(true)} />
        ) : (
          <Loading />
        )}
        <p role="status">{saved ? t('picker.saved') : ''}</p>
      </section>
      <section className="card" aria-labelledby="reminders-title">
        <h2 id="reminders-title">{t('settings.reminders')}</h2>
        <ReminderSettings platforms={catalogueIndex.platforms.filter((p) => chosenIds?.includes(p.id))} />
      </section>
      <section className="card" aria-labelledby="region-title">
        <h2 id="region-title">{t('settings.region')}</h2>
        <RegionPicker />
      </section>
      <section className="card" aria-labelledby="appearance-title">
        <h2 id="appearance-title">{t('theme.legend')}</h2>
        <ThemeChoice />
      </section>
      <section className="card" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('backup.title')}</h2>
        <p>{t('backup.intro')}</p>
        <BackupDownload />
        <h3>{t('backup.restore')}</h3>
        <BackupRestore />
      </section>
      <section className="card" aria-labelledby="forget-title">
        <h2 id="forget-title">{t('forget.title')}</h2>
        <ForgetSection />
      </section>
      <section className="card" aria-labelledby="catalogue-title">
        <h2 id="catalogue-title">{t('settings.catalogue')}</h2>
        <p>
          {t('settings.catalogueVersion', {
            version: catalogueIndex.version,
            platforms: catalogueIndex.platforms.length,
            settings: catalogueIndex.platforms.reduce((n, p) => n + p.settings.filter((s) => !s.retired).length, 0),
          })}
        </p>
      </section>
      <section className="card" aria-labelledby="storage-title">
        <h2 id="storage-title">{t('settings.storage')}</h2>
        <p>{storage.kind === 'memory-only' ? t('storage.memoryOnly') : t('settings.storageOk')}</p>
        {persisted !== undefined && storage.kind !== 'memory-only' && <p className="persisted">{t(persisted ? 'settings.persisted' : 'settings.notPersisted')}</p>}
      </section>
    </>
  );
}
