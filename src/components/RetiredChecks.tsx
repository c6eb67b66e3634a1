import type { Setting } from '../schema/catalogue';
import { formatDay } from '../i18n/format';
import { t } from '../i18n/platform-messages';
import { useAppStore } from '../store/hooks';
import { CatalogueLabel, InlineLabel } from './CatalogueLabel';
import { withElements } from './with-elements';
import { titleInEnglish } from '../catalogue/catalogue-lang';
import { useCatalogue } from './use-catalogue';

/** The entry that replaced a retired one, named from the index (it may be another platform's), fetched only when there is one. */
function ReplacedBy({ id }: { id: string }) {
  const replacement = useCatalogue().setting(id);
  return replacement && withElements((values) => t('platform.replacedBy', values), { title: <InlineLabel text={replacement.title} english={titleInEnglish(replacement)} /> });
}

/** Retired entries leave new checklists, but a decision the person made on one stays visible. */
export default function RetiredChecks({ settings }: { settings: readonly Setting[] }) {
  const checks = useAppStore((s) => s.checks);
  const checked = settings.filter((s) => s.retired && checks[s.id]);
  if (checked.length === 0) return null;
  return (
    <section className="card retired" aria-labelledby="retired-title">
      <h2 id="retired-title">{t('platform.retired')}</h2>
      <ul>
        {checked.map((setting) => {
          const status = checks[setting.id]?.status;
          return (
            <li key={setting.id}>
              <strong><CatalogueLabel text={setting.title} english={titleInEnglish(setting)} /></strong> — {status && t(`status.label.${status}`)}
              <p className="hint">
                {t('platform.retiredNote', { date: formatDay(setting.retired?.date ?? setting.updated) })}{' '}
                {setting.retired?.replacedBy && <ReplacedBy id={setting.retired.replacedBy} />}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
