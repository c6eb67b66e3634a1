import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { summariseSession } from '../audit/guided';
import type { Progress } from '../audit/progress';
import type { Status } from '../schema/constants';
import { formatPercent } from '../i18n/format';
import { t } from '../i18n/guided-messages';
import { paths } from '../paths';

/** What the session achieved, said plainly when the person stops or the round ends; focus lands on it. */
export function GuidedSummary({ decisions, overall, onAnother }: { decisions: ReadonlyMap<string, Status | undefined>; overall: Progress; onAnother?: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = summariseSession(decisions);
  const lines = [
    [s.done, 'guided.summaryDone'],
    [s.notApplicable, 'guided.summaryNotApplicable'],
    [s.skipped, 'guided.summarySkipped'],
    [s.submitted, 'guided.summarySubmitted'],
  ] as const;
  return (
    <section className="card guided-summary" aria-labelledby="guided-summary-title">
      <h2 id="guided-summary-title" ref={heading} tabIndex={-1}>{t('guided.summaryTitle')}</h2>
      <p><strong>{s.dealtWith + s.skipped + s.submitted > 0 ? t('guided.summaryDealt', { count: s.dealtWith }) : t('guided.summaryNone')}</strong></p>
      <ul>
        {lines.filter(([count]) => count > 0).map(([count, id]) => <li key={id}>{t(id, { count })}</li>)}
      </ul>
      <p>{t('guided.summaryOverall', { complete: overall.complete, total: overall.total, percent: formatPercent(overall.ratio) })}</p>
      <div className="actions">
        {onAnother && <button type="button" className="button-primary" onClick={onAnother}>{t('guided.more')}</button>}
        <Link className="button" to={paths.home.href()}>{t('guided.toDashboard')}</Link>
      </div>
    </section>
  );
}
