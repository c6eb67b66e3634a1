import type { Setting } from '../schema/catalogue';
import { t } from '../i18n/platform-messages';
import { ExternalLink } from './ExternalLink';
import { CatalogueLabel } from './CatalogueLabel';
import { langOf } from '../catalogue/catalogue-lang';

/** The deep link with the menu path always beside it: links move, menus can still be followed. */
export function SettingLink({ setting }: { setting: Pick<Setting, 'url' | 'menuPath' | 'localized'> }) {
  if (!setting.url && !setting.menuPath) return null;
  return (
    <p className="setting-link">
      {setting.url && <ExternalLink href={setting.url} className="deep-link">{t('setting.deepLink')}</ExternalLink>}
      {setting.menuPath && (
        <span className="menu-path">
          <span className="visually-hidden">{t('setting.menuPath')}: </span>
          <CatalogueLabel text={setting.menuPath.join(' › ')} english={langOf(setting.localized, 'menuPath') === 'en'} />
        </span>
      )}
    </p>
  );
}
