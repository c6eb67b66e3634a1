import { t } from '../i18n/visit-messages';
import { paths } from '../paths';
import { CardSection } from './CardSection';
import { useAppStore } from '../store/hooks';
import { NOTHING_KEPT_PARAM, stopKeepingNothing } from '../store/visit';

/** Settings' "Nothing kept on this device": starts or ends such a visit. Either is a fresh load: storage is opened, or not, at start. */
export function NothingKeptSection() {
  const nothingKept = useAppStore((s) => s.nothingKept);
  const stop = () => {
    stopKeepingNothing();
    location.assign(paths.home.href());
  };
  return (
    <CardSection id="nothing-kept-title" title={t('visit.title')}>
      {nothingKept ? (
        <>
          <p>{t('visit.on')}</p>
          <p className="hint">{t('visit.stopHint')}</p>
          <button type="button" onClick={stop}>{t('visit.stop')}</button>
        </>
      ) : (
        <>
          <p>{t('visit.intro')}</p>
          {/* A full load, not a route change: the store must start without the device's storage. */}
          <a className="button" href={`${paths.home.href()}?${NOTHING_KEPT_PARAM}`}>{t('visit.start')}</a>
        </>
      )}
    </CardSection>
  );
}
