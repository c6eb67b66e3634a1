import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { progressOf } from '../audit/progress';
import { loadPlatform } from '../catalogue/platform-entries';
import { activeLocale } from '../i18n/translate';
import { GuidedStep } from '../components/GuidedStep';
import { GuidedSummary } from '../components/GuidedSummary';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useChosenPlatforms } from '../components/use-chosen-platforms';
import { useGuidedSession, type GuidedItem } from '../components/use-guided-session';
import { t } from '../i18n/guided-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import './guided.css';

function GuidedSession({ candidates }: { candidates: readonly GuidedItem[] }) {
  const session = useGuidedSession(candidates);
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const nextButton = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState(false);
  const { round, index, current } = session;
  // Start loading the following setting's platform while this one is being decided.
  const following = round[index + 1]?.platform.id;
  useEffect(() => {
    if (following) void loadPlatform(following, activeLocale())?.catch(() => {});
  }, [following]);

  if (!current) {
    if (session.decisions.size === 0 && round.length === 0) return <p className="card">{t('guided.nothingOpen')}</p>;
    const overall = progressOf(candidates, checks, region);
    return <GuidedSummary decisions={session.decisions} overall={overall} onAnother={session.hasMore ? () => { setMoved(true); session.another(); } : undefined} />;
  }
  const minutes = round.reduce((sum, s) => sum + s.effortMinutes, 0);
  const last = index + 1 >= round.length;
  return (
    <>
      <p className="guided-position">{t('guided.position', { n: index + 1, total: round.length, minutes })}</p>
      <GuidedStep
        key={current.id}
        item={current}
        focusOnShow={moved}
        decided={session.decidedCurrent}
        onDecided={() => {
          session.markDecided(current.id);
          // After a decision the obvious next move is "next": put the keyboard there.
          requestAnimationFrame(() => nextButton.current?.focus());
        }}
      />
      {session.decidedCurrent && <p className="done-note" role="status">{t('guided.decided')}</p>}
      <div className="actions guided-actions">
        <button
          ref={nextButton}
          type="button"
          className={session.decidedCurrent ? 'button-primary' : undefined}
          onClick={() => {
            setMoved(true);
            session.next();
          }}
        >
          {t(last ? 'guided.finish' : 'guided.next')}
        </button>
        <button type="button" className="button-quiet" onClick={session.stop}>{t('guided.stop')}</button>
      </div>
    </>
  );
}

/** The guided flow: one open setting at a time, most useful first, ending with what was achieved. */
export default function GuidedPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const candidates = useChosenPlatforms().flatMap((platform) => platform.settings.map((s) => ({ ...s, platform })));
  return (
    <>
      <PageHeading>{t('guided.title')}</PageHeading>
      <p className="lede">{t('guided.intro')}</p>
      {!hydrated ? (
        <Loading />
      ) : candidates.length === 0 ? (
        <p className="card">
          {t('guided.noPlatforms')} <Link to={paths.home.href()}>{t('guided.toDashboard')}</Link>
        </p>
      ) : (
        <GuidedSession candidates={candidates} />
      )}
    </>
  );
}
