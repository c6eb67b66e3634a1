import { formatDay } from '../i18n/format';
import { reportWords as words, t } from '../i18n/report-messages';
import type { Report } from '../report/model';
import { generatedText, progressText, retiredText, statusText } from '../report/text';
import { ExternalLink } from './ExternalLink';
import { CatalogueLabel } from './CatalogueLabel';

/** The report as the person will share it; the same model every download format renders. */
export function ReportPreview({ report }: { report: Report }) {
  return (
    <article className="report-preview" aria-labelledby="report-title">
      <h2 id="report-title">{t('report.title')}</h2>
      <p className="hint">{generatedText(words, report)}</p>
      <p><strong>{progressText(words, report.overall, 'overall')}</strong></p>
      <h3>{t('report.openHigh')}</h3>
      {report.openHighPriority.length === 0 ? (
        <p>{t('report.openHighNone')}</p>
      ) : (
        <ul>
          {report.openHighPriority.map((s) => (
            <li key={s.id}>
              <strong>{s.platform}: <CatalogueLabel text={s.title} english={!!s.english?.title} /></strong>
              {s.menuPath && <span className="hint"> — <CatalogueLabel text={s.menuPath.join(' › ')} english={!!s.english?.menuPath} /></span>}
              {s.url && <> — <ExternalLink href={s.url}>{t('report.link')}</ExternalLink></>}
            </li>
          ))}
        </ul>
      )}
      {report.platforms.map((p) => (
        <section key={p.id} aria-labelledby={`report-${p.id}`}>
          <h3 id={`report-${p.id}`}>{p.name}</h3>
          <p>
            {progressText(words, p.progress, 'platformLine')}
            {p.nextDue && <> · {t('report.nextDue', { date: formatDay(p.nextDue) })}</>}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('report.col.setting')}</th>
                  <th scope="col">{t('report.col.status')}</th>
                  <th scope="col">{t('report.col.date')}</th>
                  {report.includesNotes && <th scope="col">{t('report.col.note')}</th>}
                </tr>
              </thead>
              <tbody>
                {p.settings.map((s) => (
                  <tr key={s.id}>
                    <td><CatalogueLabel text={s.title} english={!!s.english?.title} /></td>
                    <td>{[statusText(words, s.status), retiredText(words, s)].filter(Boolean).join(' — ')}</td>
                    <td>{s.decidedOn ? formatDay(s.decidedOn) : ''}</td>
                    {report.includesNotes && <td>{s.note}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <h3>{t('report.history')}</h3>
      {report.history.length === 0 ? (
        <p>{t('report.historyNone')}</p>
      ) : (
        <ul>
          {report.history.map((h, i) => (
            <li key={i}>{formatDay(h.on)} — {h.platform} · <CatalogueLabel text={h.setting} english={!!h.english} /> → {statusText(words, h.status)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
