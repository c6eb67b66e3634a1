import type { Setting } from '../schema/catalogue';
import { orderedSurfaces } from '../catalogue/surfaces';
import { t } from '../i18n/platform-messages';
import { langOf } from '../catalogue/catalogue-lang';
import { useOwnSurface } from './use-hydrated';
import { TranslatedText } from './TranslatedText';

/**
 * Steps per device behind one disclosure: once it is open the person's own device's steps show at
 * once, other devices one more tap away. (The deep link and menu path lead the card, outside.)
 */
export function SettingSteps({ setting, open = false }: { setting: Setting; open?: boolean }) {
  const own = useOwnSurface();
  const surfaces = orderedSurfaces(setting.steps, own);
  return (
    <details className="steps" open={open}>
      <summary>{t('setting.steps')}</summary>
      {surfaces.map((surface, i) => (
        <details key={surface} className="surface" open={i === 0}>
          <summary>
            {t(`setting.surface.${surface}`)} {surface === own && <span className="hint">{t('setting.yourDevice')}</span>}
          </summary>
          <ol lang={langOf(setting.localized, 'text')}>
            {setting.steps[surface]?.map((step, n) => <li key={n}><TranslatedText text={step} /></li>)}
          </ol>
        </details>
      ))}
    </details>
  );
}
