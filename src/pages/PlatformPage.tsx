import { lazy, memo, Suspense, useEffect } from 'react';
import { Link } from 'react-router';
import { progressOf } from '../audit/progress';
import type { Platform } from '../schema/catalogue';
import { Monogram } from '../components/Monogram';
import { PlatformAbout } from '../components/PlatformAbout';
import { PageHeading } from '../components/PageHeading';
import { ProgressBar } from '../components/ProgressBar';
import { SettingCard } from '../components/SettingCard';
import { t } from '../i18n/platform-messages';
import { pageTitle } from '../components/page-title';
import { paths } from '../paths';
import { useAppStore, useCanEdit } from '../store/hooks';
import { withWords } from '../i18n/load-locale';
import { withCatalogue } from '../components/with-catalogue';

// Few platforms have retired entries; the list of decisions kept on them (and the catalogue index it
// names replacements from) loads only on those platforms' pages.
const RetiredChecks = lazy(() => withWords(withCatalogue(import('../components/RetiredChecks'))));

const decodeURIComponentSafely = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The cards. Every card after the first sits in a Suspense boundary of its own, which React hydrates
 * in a later pass (its server markup stays on screen meanwhile): the first entry can be ticked before
 * the rest of the page is alive, and a click on a later card hydrates that card first. `memo` and
 * each card reading its own state keep the first store update from reaching, and so forcing, the
 * boundaries still waiting.
 */
const PlatformSettings = memo(function PlatformSettings({ platform }: { platform: Platform }) {
  const live = platform.settings.filter((s) => !s.retired);
  // A link from elsewhere in the app (the featured card) names an entry by its id: scroll there.
  // (A prerendered page opened at that address is scrolled by the browser itself.)
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (hash) document.getElementById(decodeURIComponentSafely(hash))?.scrollIntoView();
  }, []);
  return (
    <div className="settings-list">
      {live.map((setting, i) => (i === 0 ? <SettingCard key={setting.id} setting={setting} /> : <Suspense key={setting.id}><SettingCard setting={setting} /></Suspense>))}
      {live.length < platform.settings.length && (
        <Suspense fallback={null}>
          <RetiredChecks settings={platform.settings} />
        </Suspense>
      )}
    </div>
  );
});

export default function PlatformPage({ platform }: { platform: Platform }) {
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const chosen = useAppStore((s) => s.prefs.platforms);
  const choosePlatforms = useAppStore((s) => s.choosePlatforms);
  const canEdit = useCanEdit();
  const progress = progressOf(platform.settings, checks, region);
  return (
    <>
      <p className="back-link"><Link to={paths.home.href()}>{t('platform.back')}</Link></p>
      <div className="card-head page-head">
        <Monogram id={platform.id} name={platform.name} />
        <PageHeading title={pageTitle(t('platform.metaTitle', { name: platform.name }))}>{platform.name}</PageHeading>
      </div>
      <ProgressBar
        progress={progress}
        label={t('platform.progressLabel', { name: platform.name })}
        text={t('platform.progress', { complete: progress.complete, total: progress.total, skipped: progress.skipped })}
      />
      {chosen && !chosen.includes(platform.id) && (
        <p className="banner">
          {t('platform.notChosen')}{' '}
          <button type="button" disabled={!canEdit} onClick={() => void choosePlatforms([...chosen, platform.id])}>
            {t('platform.addToList', { name: platform.name })}
          </button>
        </p>
      )}
      <PlatformAbout platform={platform} />
      <noscript><p className="banner">{t('platform.noscript')}</p></noscript>
      <PlatformSettings platform={platform} />
    </>
  );
}
