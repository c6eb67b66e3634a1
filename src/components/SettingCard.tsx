import type { Setting } from '../schema/catalogue';
import { splitLead } from '../catalogue/lead-sentence';
import { t } from '../i18n/platform-messages';
import { isNewSince } from '../audit/freshness';
import { appliesIn } from '../audit/regions';
import { regionName } from '../i18n/format';
import { useAppStore } from '../store/hooks';
import { FreshnessNotes } from './FreshnessNotes';
import { NoteField } from './NoteField';
import { SettingDetails } from './SettingDetails';
import { SettingLink } from './SettingLink';
import { SettingSteps } from './SettingSteps';
import { StatusControls } from './StatusControls';
import { CatalogueLabel } from './CatalogueLabel';
import { TranslatedText } from './TranslatedText';
import { langOf, titleInEnglish } from '../catalogue/catalogue-lang';
import { t as tOverlay } from '../i18n/overlay-messages';
import './setting-card.css';

/**
 * One setting, decision first: title, one line of why, the deep link and the status controls lead,
 * so a phone shows the switch without scrolling; steps, caveats, sources and evidence follow
 * behind disclosures.
 */
export function SettingCard({ setting }: { setting: Setting }) {
  const headingId = `setting-${setting.id}`;
  const isNew = useAppStore((s) => isNewSince(setting.added, s.previousVisit));
  const region = useAppStore((s) => s.prefs.region);
  const applies = appliesIn(setting, region);
  const why = splitLead(setting.why);
  const { localized } = setting;
  const textLang = langOf(localized, 'text');
  return (
    <article className="card setting-card" aria-labelledby={headingId} id={setting.id}>
      <h2 id={headingId}><CatalogueLabel text={setting.title} english={titleInEnglish(setting)} /></h2>
      <p className="badges">
        {isNew && <span className="badge badge-new">{t('setting.new')}</span>}
        <span className={`badge badge-${setting.category}`}>{t(`category.${setting.category}`)}</span>
        <span className="badge">{t(`priority.${setting.priority}`)}</span>
        <span className="badge">{t('setting.effort', { minutes: setting.effortMinutes })}</span>
      </p>
      {!applies && region && <p className="banner">{t('setting.notInRegion', { region: regionName(region) })} <span lang={textLang}>{setting.regions && <TranslatedText text={setting.regions} />}</span></p>}
      <FreshnessNotes setting={setting} />
      {textLang && <p className="hint">{tOverlay('overlay.inEnglish')}</p>}
      <p className="why" lang={textLang}><TranslatedText text={why.lead} /></p>
      {setting.kind !== 'toggle' && <p className="kind-note">{t(`setting.kind.${setting.kind}`)}</p>}
      <SettingLink setting={setting} />
      <dl className="facts">
        <div>
          <dt>{t('setting.recommended')}</dt>
          <dd className="recommended" lang={textLang}><TranslatedText text={setting.recommended} /></dd>
        </div>
        {setting.default && (
          <div>
            <dt>{t('setting.default')}</dt>
            <dd lang={textLang}><TranslatedText text={setting.default} /></dd>
          </div>
        )}
      </dl>
      <StatusControls settingId={setting.id} kind={setting.kind} />
      <SettingSteps setting={setting} />
      <SettingDetails setting={setting} moreWhy={why.rest} />
      <NoteField settingId={setting.id} />
    </article>
  );
}
