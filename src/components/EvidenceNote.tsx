import { evidenceSummary } from '../catalogue/evidence';
import type { Setting } from '../schema/catalogue';
import { formatDay, formatMonth } from '../i18n/format';
import { t } from '../i18n/platform-messages';
import { langOf } from '../catalogue/catalogue-lang';

/**
 * One plain line on where the entry's facts come from and when a maintainer last checked them, then
 * the facts that rest on less than the platform's own page or two independent sources, named in words.
 */
export function EvidenceNote({ setting }: { setting: Pick<Setting, 'evidence' | 'sources' | 'checked' | 'volatile' | 'localized'> }) {
  const { lead, weaker } = evidenceSummary(setting);
  // A grade's note is the maintainers' English, which no overlay translates.
  const noteLang = langOf(setting.localized);
  const checked = formatDay(setting.checked);
  return (
    <div className="evidence">
      <p className="hint">
        {lead
          ? t('evidence.lead', { publisher: lead.publisher, date: formatMonth(lead.date), checked })
          : t('evidence.noOfficial', { count: setting.sources.length, checked })}
      </p>
      {weaker.length > 0 && (
        <ul className="hint weaker-facts" aria-label={t('evidence.weakerLabel')}>
          {weaker.map(({ field, grade, note }) => (
            <li key={field}>
              {t(`evidence.grade.${grade}`, { field: t(`field.${field}`) })}
              {note && <> — <span lang={noteLang}>{note}</span></>}
            </li>
          ))}
        </ul>
      )}
      {setting.volatile && <p className="hint volatile-note">{t('evidence.volatile')}</p>}
    </div>
  );
}
