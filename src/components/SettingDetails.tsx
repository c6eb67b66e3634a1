import { Fragment } from 'react';
import type { Setting } from '../schema/catalogue';
import { formatDay } from '../i18n/format';
import { t } from '../i18n/platform-messages';
import { EvidenceNote } from './EvidenceNote';
import { ExternalLink } from './ExternalLink';
import { langOf } from '../catalogue/catalogue-lang';
import { CatalogueLabel } from './CatalogueLabel';
import { TranslatedText } from './TranslatedText';
import { withElements } from './with-elements';

/** Everything after the decision, behind one disclosure: the rest of the why, older labels, caveats, regions, sources and how sure we are. */
export function SettingDetails({ setting, moreWhy }: { setting: Setting; moreWhy?: string }) {
  const textLang = langOf(setting.localized, 'text');
  return (
    <details className="setting-details">
      <summary>{t('setting.details')}</summary>
      {moreWhy && <p lang={textLang}><TranslatedText text={moreWhy} /></p>}
      {setting.aliases && setting.aliases.length > 0 && (
        <p className="hint">
          {/* Older or other labels of the platform's, in English: on a page in another language, each marked so. */}
          {withElements((values) => t('setting.aliases', values), {
            aliases: setting.aliases.map((alias, i) => (
              <Fragment key={alias}>
                {i > 0 && ' · '}
                <CatalogueLabel text={alias} english={setting.localized !== undefined} />
              </Fragment>
            )),
          })}
        </p>
      )}
      {setting.caveats && (
        <>
          <h3>{t('setting.caveats')}</h3>
          <p lang={textLang}><TranslatedText text={setting.caveats} /></p>
        </>
      )}
      {setting.regions && (
        <>
          <h3>{t('setting.regions')}</h3>
          <p lang={textLang}><TranslatedText text={setting.regions} /></p>
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
      <EvidenceNote setting={setting} />
    </details>
  );
}
