import type { Setting, Surface } from '../schema/catalogue';
import { formatDay } from '../i18n/format';
import { EvidenceNote } from './EvidenceNote';
import { t } from '../i18n/platform-messages';
import { isNewSince } from '../audit/freshness';
import { appliesIn } from '../audit/regions';
import { regionName } from '../i18n/format';
import { useAppStore } from '../store/hooks';
import { ExternalLink } from './ExternalLink';
import { FreshnessNotes } from './FreshnessNotes';
import { NoteField } from './NoteField';
import { SettingSteps } from './SettingSteps';
import { StatusControls } from './StatusControls';
import './setting-card.css';

export function SettingCard({ setting, own }: { setting: Setting; own: Surface }) {
  const headingId = `setting-${setting.id}`;
  const isNew = useAppStore((s) => isNewSince(setting.added, s.previousVisit));
  const region = useAppStore((s) => s.prefs.region);
  const applies = appliesIn(setting, region);
  return (
    <article className="card setting-card" aria-labelledby={headingId} id={setting.id}>
      <h2 id={headingId}>{setting.title}</h2>
      {setting.aliases && setting.aliases.length > 0 && <p className="hint">{t('setting.aliases', { aliases: setting.aliases.join(' · ') })}</p>}
      <p className="badges">
        {isNew && <span className="badge badge-new">{t('setting.new')}</span>}
        <span className={`badge badge-${setting.category}`}>{t(`category.${setting.category}`)}</span>
        <span className="badge">{t(`priority.${setting.priority}`)}</span>
        <span className="badge">{t('setting.effort', { minutes: setting.effortMinutes })}</span>
      </p>
      {!applies && region && <p className="banner">{t('setting.notInRegion', { region: regionName(region) })} {setting.regions}</p>}
      {setting.kind !== 'toggle' && <p className="kind-note">{t(`setting.kind.${setting.kind}`)}</p>}
      <FreshnessNotes setting={setting} />
      <dl className="facts">
        <div>
          <dt>{t('setting.recommended')}</dt>
          <dd className="recommended">{setting.recommended}</dd>
        </div>
        {setting.default && (
          <div>
            <dt>{t('setting.default')}</dt>
            <dd>{setting.default}</dd>
          </div>
        )}
      </dl>
      <h3>{t('setting.why')}</h3>
      <p>{setting.why}</p>
      <SettingSteps setting={setting} own={own} />
      <details className="setting-details">
        <summary>{t('setting.details')}</summary>
        {setting.caveats && (
          <>
            <h3>{t('setting.caveats')}</h3>
            <p>{setting.caveats}</p>
          </>
        )}
        {setting.regions && (
          <>
            <h3>{t('setting.regions')}</h3>
            <p>{setting.regions}</p>
          </>
        )}
        <h3>{t('setting.sources')}</h3>
        <ul className="sources">
          {setting.sources.map((source) => (
            <li key={source.url}>
              <ExternalLink href={source.url}>{source.title ?? new URL(source.url).hostname}</ExternalLink>{' '}
              <span className="hint">
                ({t('setting.sourceDated', { publisher: source.publisher, date: formatDay(source.date) })} · {t(`setting.sourceKind.${source.kind}`)})
              </span>
            </li>
          ))}
        </ul>
      </details>
      <EvidenceNote setting={setting} />
      <StatusControls settingId={setting.id} kind={setting.kind} />
      <NoteField settingId={setting.id} />
    </article>
  );
}
