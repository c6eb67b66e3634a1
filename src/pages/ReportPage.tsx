import { Suspense, use, useId, useMemo, useState } from 'react';
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import { loadPlatform } from '../catalogue/platform-entries';
import { activeLocale } from '../i18n/translate';
import { downloadFile } from '../components/download';
import { PageHeading } from '../components/PageHeading';
import { ReportCharts } from '../components/ReportCharts';
import { ReportPreview } from '../components/ReportPreview';
import { reportWords, t } from '../i18n/report-messages';
import { renderCsv } from '../report/csv';
import { renderHtml } from '../report/html';
import { renderJson } from '../report/json';
import { renderMarkdown } from '../report/markdown';
import { buildReport, reportPlatformIds, type Report } from '../report/model';
import type { Platform } from '../schema/catalogue';
import { useAppStore } from '../store/hooks';
import { Loading } from '../components/Loading';
import { useRenderClock } from '../components/use-hydrated';
import { useCatalogue } from '../components/use-catalogue';
import './report.css';

const FORMATS = [
  { id: 'markdown', label: 'report.page.markdown', ext: 'md', type: 'text/markdown', render: renderMarkdown },
  { id: 'html', label: 'report.page.html', ext: 'html', type: 'text/html', render: renderHtml },
  { id: 'json', label: 'report.page.json', ext: 'json', type: 'application/json', render: renderJson },
  { id: 'csv', label: 'report.page.csv', ext: 'csv', type: 'text/csv', render: renderCsv },
] as const;

function ReportBody({ promise, includeNotes }: { promise: Promise<Platform[]>; includeNotes: boolean }) {
  const platforms = use(promise);
  const checks = useAppStore((s) => s.checks);
  const notes = useAppStore((s) => s.notes);
  const history = useAppStore((s) => s.history);
  const prefs = useAppStore((s) => s.prefs);
  const now = useRenderClock();
  const report: Report = useMemo(
    () => buildReport({ platforms, checks, notes, history: Object.values(history), prefs, catalogueVersion: CATALOGUE_VERSION, now: now(), includeNotes }),
    [platforms, checks, notes, history, prefs, now, includeNotes],
  );
  const day = report.generatedOn;
  return (
    <>
      <section className="card no-print" aria-labelledby="download-title">
        <h2 id="download-title">{t('report.page.download')}</h2>
        <div className="actions">
          {FORMATS.map((f) => (
            <button key={f.id} type="button" onClick={() => downloadFile(`privacy-report-${day}.${f.ext}`, `${f.type};charset=utf-8`, f.render(report, reportWords))}>
              {t(f.label)}
            </button>
          ))}
          <button type="button" onClick={() => window.print()}>{t('report.page.print')}</button>
        </div>
      </section>
      <ReportCharts report={report} platforms={platforms} />
      <ReportPreview report={report} />
    </>
  );
}

export default function ReportPage() {
  const notesId = useId();
  const hydrated = useAppStore((s) => s.hydrated);
  const checks = useAppStore((s) => s.checks);
  const chosen = useAppStore((s) => s.prefs.platforms);
  const [includeNotes, setIncludeNotes] = useState(true);
  const { platforms } = useCatalogue();
  const ids = reportPlatformIds(platforms, checks, chosen).join(',');
  const locale = activeLocale();
  const promise = useMemo(
    () => Promise.all(ids.split(',').filter(Boolean).flatMap((id) => loadPlatform(id, locale) ?? [])),
    [ids, locale],
  );

  return (
    <>
      <PageHeading>{t('report.page.title')}</PageHeading>
      <p className="lede no-print">{t('report.page.intro')}</p>
      <p className="banner banner-warning no-print" role="note">{t('report.personal')}</p>
      <label className="checkbox no-print" htmlFor={notesId}>
        <input id={notesId} type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
        <span>{t('report.page.notes')}</span>
      </label>
      {hydrated ? (
        <Suspense fallback={<Loading text={t('report.page.loading')} />}>
          <ReportBody promise={promise} includeNotes={includeNotes} />
        </Suspense>
      ) : (
        <Loading />
      )}
    </>
  );
}
