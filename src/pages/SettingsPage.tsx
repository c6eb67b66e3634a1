import { useMemo, useState } from 'react';
import { platformList } from '../catalogue/pick-list';
import { CardSection } from '../components/CardSection';
import { PageHeading } from '../components/PageHeading';
import { PlatformPicker } from '../components/PlatformPicker';
import { RegionPicker } from '../components/RegionPicker';
import { ReminderSettings } from '../components/ReminderSettings';
import { BackupCard } from '../components/BackupCard';
import { ForgetSection } from '../components/ForgetSection';
import { NothingKeptSection } from '../components/NothingKeptSection';
import { ThemeChoice } from '../components/ThemeToggle';
import { useChosenPlatforms } from '../components/use-chosen-platforms';
import { useCatalogue } from '../components/use-catalogue';
import { usePersisted } from '../components/use-persistent-storage';
import { t } from '../i18n/settings-messages';
import { useAppStore } from '../store/hooks';
import { Loading } from '../components/Loading';
import './settings.css';

export default function SettingsPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const storage = useAppStore((s) => s.storage);
  const catalogue = useCatalogue();
  const pickable = useMemo(() => platformList(catalogue).platforms, [catalogue]);
  const chosen = useChosenPlatforms();
  const persisted = usePersisted();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <CardSection id="my-platforms" title={t('settings.platforms')}>
        {hydrated ? (
          <PlatformPicker platforms={pickable} onSaved={() => setSaved(true)} />
        ) : (
          <Loading />
        )}
        <p role="status">{saved ? t('settings.platformsSaved') : ''}</p>
      </CardSection>
      <CardSection id="reminders-title" title={t('settings.reminders')}>
        <ReminderSettings platforms={chosen} />
      </CardSection>
      <CardSection id="region-title" title={t('settings.region')}>
        <RegionPicker />
      </CardSection>
      <CardSection id="appearance-title" title={t('theme.legend')}>
        <ThemeChoice />
      </CardSection>
      <BackupCard />
      <NothingKeptSection />
      <CardSection id="forget-title" title={t('forget.title')}>
        <ForgetSection />
      </CardSection>
      <CardSection id="catalogue-title" title={t('settings.catalogue')}>
        <p>
          {t('settings.catalogueVersion', {
            version: catalogue.version,
            platforms: catalogue.platforms.length,
            settings: catalogue.platforms.reduce((n, p) => n + p.settings.filter((s) => !s.retired).length, 0),
          })}
        </p>
      </CardSection>
      <CardSection id="storage-title" title={t('settings.storage')}>
        <p>{storage.kind === 'memory-only' ? t('storage.memoryOnly') : t('settings.storageOk')}</p>
        {persisted !== undefined && storage.kind !== 'memory-only' && <p className="persisted">{t(persisted ? 'settings.persisted' : 'settings.notPersisted')}</p>}
      </CardSection>
    </>
  );
}
