import type { Setting, Surface } from '../schema/catalogue';
import { orderedSurfaces } from '../catalogue/surfaces';
import { t } from '../i18n/platform-messages';
import { ExternalLink } from './ExternalLink';

/** Steps per device, the person's own open first; the deep link always has the menu path beside it. */
export function SettingSteps({ setting, own }: { setting: Setting; own: Surface }) {
  const surfaces = orderedSurfaces(setting.steps, own);
  return (
    <section className="steps" aria-label={t('setting.steps')}>
      <h3>{t('setting.steps')}</h3>
      {setting.menuPath && (
        <p className="menu-path">
          <span className="field-label">{t('setting.menuPath')}: </span>
          {setting.menuPath.join(' › ')}
        </p>
      )}
      {setting.url && (
        <p>
          <ExternalLink href={setting.url} className="deep-link">{t('setting.deepLink')}</ExternalLink>
        </p>
      )}
      {surfaces.map((surface, i) => (
        <details key={surface} open={i === 0}>
          <summary>
            {t(`setting.surface.${surface}`)} {surface === own && <span className="hint">{t('setting.yourDevice')}</span>}
          </summary>
          <ol>
            {setting.steps[surface]?.map((step, n) => <li key={n}>{step}</li>)}
          </ol>
        </details>
      ))}
    </section>
  );
}
