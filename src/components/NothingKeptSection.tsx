import { t } from '../i18n/visit-messages';
import { pathIn } from '../i18n/languages';
import { activeLocale } from '../i18n/translate';
import { paths } from '../paths';
import { CardSection } from './CardSection';
import { useAppStore } from '../store/hooks';
import { NOTHING_KEPT_PARAM, stopKeepingNothing } from '../store/visit';

/** Settings' "Nothing kept on this device": starts or ends such a visit. Either is a fresh load: storage is opened, or not, at start. */
export function NothingKeptSection() {
  const nothingKept = useAppStore((s) => s.nothingKept);
  // Plain links, not route changes: the store must start afresh, with or without the device's storage.
  const home = pathIn(activeLocale(), paths.home.href());
  return (
    <CardSection id="nothing-kept-title" title={t('visit.title')}>
      {nothingKept ? (
        <>
          <p>{t('visit.on')}</p>
          <p className="hint">{t('visit.stopHint')}</p>
          <a className="button" href={home} onClick={() => stopKeepingNothing()}>{t('visit.stop')}</a>
        </>
      ) : (
        <>
          <p>{t('visit.intro')}</p>
          <a className="button" href={`${home}?${NOTHING_KEPT_PARAM}`}>{t('visit.start')}</a>
        </>
      )}
    </CardSection>
  );
}
