import { Link } from 'react-router';
import type { PlatformDue } from '../audit/due';
import type { PlatformSummary } from '../catalogue/index-model';
import { calendarEntries, calendarText, exportCalendar } from '../components/calendar-export';
import { ExternalLink } from '../components/ExternalLink';
import { googleCalendarLink, outlookCalendarLink } from '../report/calendar-links';
import type { CalendarEntry } from '../report/ics';
import { PageHeading } from '../components/PageHeading';
import { useChosenPlatforms } from '../components/use-chosen-platforms';
import { useDue } from '../components/use-due';
import { formatDay } from '../i18n/format';
import { t } from '../i18n/due-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { Loading } from '../components/Loading';
import './due.css';

/** Links the person follows to a calendar they already use; the app itself sends nothing anywhere. */
function CalendarLinks({ entry }: { entry: CalendarEntry }) {
  const platform = entry.platformName;
  return (
    <p className="calendar-links">
      <ExternalLink href={googleCalendarLink(entry, calendarText)}>
        {t('due.addGoogle')}<span className="visually-hidden"> {t('due.forPlatform', { platform })}</span>
      </ExternalLink>
      <ExternalLink href={outlookCalendarLink(entry, calendarText)}>
        {t('due.addOutlook')}<span className="visually-hidden"> {t('due.forPlatform', { platform })}</span>
      </ExternalLink>
    </p>
  );
}

function DueList({ items, overdue, entries }: { items: readonly PlatformDue<PlatformSummary>[]; overdue: boolean; entries: ReadonlyMap<string, CalendarEntry> }) {
  return (
    <ul className="due-list">
      {items.map((d) => (
        <li key={d.platform.id} className="card">
          <h3><Link to={paths.platform.href(d.platform.id)}>{d.platform.name}</Link></h3>
          <p>
            <strong>{t(overdue ? 'due.since' : 'due.on', { date: formatDay(d.dueOn) })}</strong>
            <span className="hint"> · {t('due.every', { days: d.intervalDays })}</span>
          </p>
          {d.changed > 0 && <p className="changed-note">{t('due.changed', { count: d.changed })}</p>}
          {entries.has(d.platform.id) && <CalendarLinks entry={entries.get(d.platform.id)!} />}
        </li>
      ))}
    </ul>
  );
}

export default function DuePage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const reminders = useAppStore((s) => s.prefs.reminders);
  const { due, today, now } = useDue();
  const chosen = useChosenPlatforms();
  const overdue = due.filter((d) => d.overdue);
  const upcoming = due.filter((d) => !d.overdue);
  const entries = calendarEntries(due, chosen, reminders, today());
  const byPlatform = new Map(entries.map((e) => [e.platformId, e]));

  return (
    <>
      <PageHeading>{t('due.title')}</PageHeading>
      <p className="lede">{t('due.intro')}</p>
      {!hydrated ? (
        <Loading />
      ) : due.length === 0 ? (
        <p className="card">{t('due.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="overdue-title">
            <h2 id="overdue-title">{t('due.overdue')}</h2>
            {overdue.length ? <DueList items={overdue} overdue entries={byPlatform} /> : <p>{t('due.noneOverdue')}</p>}
          </section>
          {upcoming.length > 0 && (
            <section aria-labelledby="upcoming-title">
              <h2 id="upcoming-title">{t('due.upcoming')}</h2>
              <DueList items={upcoming} overdue={false} entries={byPlatform} />
            </section>
          )}
        </>
      )}
      <section className="card" aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t('due.calendar')}</h2>
        <p className="hint">{t('due.calendarHint')}</p>
        <p className="hint">{t('due.linksHint')}</p>
        <button type="button" className="button-primary" disabled={!hydrated || (due.length === 0 && chosen.length === 0)} onClick={() => exportCalendar(entries, now)}>
          {t('due.calendar')}
        </button>
        <p><Link to={paths.settings.href()}>{t('due.intervals')}</Link></p>
      </section>
    </>
  );
}
