import { Link } from 'react-router';
import type { PlatformList } from '../catalogue/pick-list';
import { t } from '../i18n/dashboard-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { SettingTitle } from './SettingTitle';

/** The flagship entry: LinkedIn's generative-AI training switch, on for everyone since late 2024. */
export function FeaturedCard({ platform, setting }: NonNullable<PlatformList['featured']>) {
  const platformName = platform.name;
  const status = useAppStore((s) => s.checks[setting.id]?.status);
  return (
    <section className="card featured" aria-labelledby="featured-title">
      <p className="eyebrow">{t('featured.label')} · {t('featured.onBy')}</p>
      <h2 id="featured-title">{platformName}: <SettingTitle setting={setting} /></h2>
      <p>{t('featured.lede', { platform: platformName })}</p>
      {status === 'done' && <p className="done-note">{t('featured.done')}</p>}
      <Link className="button button-primary" to={`${paths.platform.href(platform.id)}#${setting.id}`}>
        {t('featured.cta', { platform: platformName })}
      </Link>
    </section>
  );
}
