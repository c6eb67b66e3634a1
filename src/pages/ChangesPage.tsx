import { useId, useState } from 'react';
import { Link } from 'react-router';
import { isoDay } from '../audit/calendar';
import { changes } from 'virtual:catalogue/changes';
import { ExternalLink } from '../components/ExternalLink';
import { InlineLabel } from '../components/CatalogueLabel';
import { withElements } from '../components/with-elements';
import { useChosenPlatforms } from '../components/use-chosen-platforms';
import { PageHeading } from '../components/PageHeading';
import { formatDay } from '../i18n/format';
import { t } from '../i18n/changes-messages';
import { activeLocale } from '../i18n/translate';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import './changes.css';

/** Every dated change in the catalogue, newest first; by default only the person's own platforms. */
export default function ChangesPage() {
  const toggleId = useId();
  const chosen = useAppStore((s) => s.prefs.platforms);
  const checks = useAppStore((s) => s.checks);
  const [mineOnly, setMineOnly] = useState(true);
  const mine = useChosenPlatforms();
  const shown = mineOnly && mine.length > 0 ? changes.filter((c) => mine.some((p) => p.id === c.platformId)) : changes;
  return (
    <>
      <PageHeading>{t('changes.title')}</PageHeading>
      <p className="lede">{t('changes.intro')}</p>
      <p>
        {/* One feed for every language, written in English at build time (scripts/catalogue-plugin.ts). */}
        <a href="/changes.xml" type="application/atom+xml" hrefLang="en">{t('changes.feed')}</a>
        <span className="hint"> {t('changes.feedHint')}</span>
      </p>
      {chosen && chosen.length > 0 && (
        <p className="changes-filter">
          <input id={toggleId} type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} />
          <label htmlFor={toggleId}>{t('changes.mine')}</label>
        </p>
      )}
      <p role="status" className="changes-count">{shown.length ? t('changes.count', { count: shown.length }) : t('changes.none')}</p>
      <ol className="changes-list" aria-label={t('changes.list')}>
        {shown.map((c) => {
          const check = checks[c.settingId];
          const checkedAt = check && isoDay(check.at);
          return (
            <li key={`${c.settingId}-${c.date}-${c.summary}`} className="card">
              <p className="hint"><time dateTime={c.date}>{formatDay(c.date)}</time></p>
              <h2 className="change-title">
                <Link to={`${paths.platform.href(c.platformId)}#${c.settingId}`}>
                  {withElements((values) => t('changes.open', { ...values, platform: c.platformName }), { setting: <InlineLabel text={c.settingTitle} english={activeLocale() !== 'en'} /> })}
                </Link>
              </h2>
              {/* Change notes are written in English only. */}
              <p lang={activeLocale() === 'en' ? undefined : 'en'}>{c.summary}</p>
              {checkedAt !== undefined && checkedAt < c.date && <p className="changed-note">{t('changes.sinceCheck')}</p>}
              {c.source && (
                <p className="hint">
                  <ExternalLink href={c.source}>
                    {t('changes.source')}
                    <span className="visually-hidden"> {t('changes.sourceFor', { platform: c.platformName, setting: c.settingTitle })}</span>
                  </ExternalLink>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
