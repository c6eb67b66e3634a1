import { useState } from 'react';
import type { Platform } from '../schema/catalogue';
import { t } from '../i18n/platform-messages';
import { ExternalLink } from './ExternalLink';
import { langOf } from '../catalogue/catalogue-lang';

/**
 * The platform's description and region history, folded to one line with "more": the settings are
 * what a person came for, so they come first. Opening it shows the whole description, where the
 * settings apply and the link to the platform's own privacy settings.
 */
export function PlatformAbout({ platform }: { platform: Platform }) {
  const [open, setOpen] = useState(false);
  const homeUnconfirmed = platform.evidence.settingsUrl === 'unconfirmed';
  return (
    <details className="platform-about" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="about-line" lang={langOf(platform.localized, 'description')}>{platform.description}</span>
        <span className="about-more">{t(open ? 'platform.less' : 'platform.more')}</span>
      </summary>
      {platform.regions && (
        <p>
          <span className="field-label">{t('setting.regions')}</span> <span lang={langOf(platform.localized)}>{platform.regions}</span>
        </p>
      )}
      <p>
        <ExternalLink href={platform.settingsUrl}>
          {t(homeUnconfirmed ? 'platform.homeUnconfirmed' : 'platform.settingsHome', { name: platform.name })}
        </ExternalLink>
      </p>
    </details>
  );
}
