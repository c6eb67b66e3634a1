import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Catalogue } from '../catalogue/catalogue';
import { foldText } from '../catalogue/fold';
import { t } from '../i18n/checklist-messages';
import { CATEGORIES } from '../schema/constants';
import type { Category } from '../schema/catalogue';
import { useCatalogue } from './use-catalogue';
import { withElements } from './with-elements';
import { InlineLabel } from './CatalogueLabel';
import { titleInEnglish } from '../catalogue/catalogue-lang';

/** Matches shown at once: enough to pick from, few enough to read. */
const SHOWN = 25;

const liveSettings = ({ platforms }: Catalogue) => platforms.flatMap((platform) =>
  platform.settings.filter((s) => !s.retired).map((s) => ({ ...s, platform: platform.name, text: foldText(`${s.title} ${platform.name}`) })),
);

/** Finds settings by words and category, and adds them to the organiser's checklist. */
export function ChecklistPicker({ picked, full, onAdd }: { picked: readonly string[]; full: boolean; onAdd(id: string): void }) {
  const searchId = useId();
  const categoryId = useId();
  const catalogue = useCatalogue();
  const live = useMemo(() => liveSettings(catalogue), [catalogue]);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const words = foldText(useDeferredValue(query)).split(/\s+/).filter(Boolean);
  const matches = live.filter((s) => (!category || s.category === category) && words.every((w) => s.text.includes(w)));
  return (
    <>
      <div className="checklist-filters">
        <div>
          <label htmlFor={searchId} className="field-label">{t('checklist.make.search')}</label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div>
          <label htmlFor={categoryId} className="field-label">{t('checklist.make.category')}</label>
          <select id={categoryId} value={category} onChange={(e) => setCategory(CATEGORIES.find((c) => c === e.target.value) ?? '')}>
            <option value="">{t('checklist.make.anyCategory')}</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
          </select>
        </div>
      </div>
      <p role="status">{t('checklist.make.matches', { count: matches.length })}</p>
      <ul className="checklist-matches">
        {matches.slice(0, SHOWN).map((s) => (
          <li key={s.id}>
            <button type="button" disabled={full || picked.includes(s.id)} onClick={() => onAdd(s.id)}>
              {withElements((values) => t('checklist.make.add', { ...values, platform: s.platform }), { title: <InlineLabel text={s.title} english={titleInEnglish(s)} /> })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
