import { useDeferredValue, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { progressOf } from '../audit/progress';
import { findPlatform } from '../catalogue/catalogue';
import { surfaceOf } from '../catalogue/surfaces';
import type { Platform } from '../schema/catalogue';
import { Monogram } from '../components/Monogram';
import { PlatformAbout } from '../components/PlatformAbout';
import { PageHeading } from '../components/PageHeading';
import { ProgressBar } from '../components/ProgressBar';
import { RetiredChecks } from '../components/RetiredChecks';
import { SettingCard } from '../components/SettingCard';
import { t } from '../i18n/platform-messages';
import { paths } from '../paths';
import { useAppStore, useCanEdit } from '../store/hooks';
import NotFoundPage from './NotFoundPage';

const ownSurface = surfaceOf(typeof navigator === 'undefined' ? '' : navigator.userAgent);

/**
 * The settings come first: a one-line summary of the platform (PlatformAbout) and then the cards.
 * Cards in the first render: the platform's leading setting alone fills the first screen. The rest
 * follow in a background render a moment later, so that card is usable sooner.
 */
const FIRST_CARDS = 1;

function PlatformSettings({ platform }: { platform: Platform }) {
  const live = platform.settings.filter((s) => !s.retired);
  const shown = useDeferredValue(live.length, Math.min(FIRST_CARDS, live.length));
  // The featured card links to an entry by its id: scroll there once that card is on the page.
  const scrolled = useRef(false);
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    const target = hash && !scrolled.current ? document.getElementById(decodeURIComponent(hash)) : null;
    if (!target) return;
    target.scrollIntoView();
    scrolled.current = true;
  }, [shown]);
  return (
    // Until the deferred cards arrive the list holds a screen's height, so the footer does not jump.
    <div className={shown < live.length ? 'settings-list pending' : 'settings-list'}>
      {live.slice(0, shown).map((setting) => <SettingCard key={setting.id} setting={setting} own={ownSurface} />)}
      <RetiredChecks settings={platform.settings} />
    </div>
  );
}

export default function PlatformPage({ platform }: { platform: Platform }) {
  const summary = findPlatform(platform.id);
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const chosen = useAppStore((s) => s.prefs.platforms);
  const choosePlatforms = useAppStore((s) => s.choosePlatforms);
  const canEdit = useCanEdit();
  if (!summary) return <NotFoundPage />;

  const progress = progressOf(summary.settings, checks, region);
  return (
    <>
      <p className="back-link"><Link to={paths.home.href()}>{t('platform.back')}</Link></p>
      <div className="card-head page-head">
        <Monogram id={summary.id} name={summary.name} />
        <PageHeading>{summary.name}</PageHeading>
      </div>
      <ProgressBar
        progress={progress}
        label={t('platform.progressLabel', { name: summary.name })}
        text={t('platform.progress', { complete: progress.complete, total: progress.total, skipped: progress.skipped })}
      />
      {chosen && !chosen.includes(summary.id) && (
        <p className="banner">
          {t('platform.notChosen')}{' '}
          <button type="button" disabled={!canEdit} onClick={() => void choosePlatforms([...chosen, summary.id])}>
            {t('platform.addToList', { name: summary.name })}
          </button>
        </p>
      )}
      <PlatformAbout platform={platform} />
      <PlatformSettings platform={platform} />
    </>
  );
}
