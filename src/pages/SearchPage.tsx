import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { entries } from 'virtual:catalogue/search';
import { prepareSearch, searchSettings } from '../catalogue/search';
import { CATEGORIES, PRIORITIES, type Category, type Priority } from '../schema/catalogue';
import { PageHeading } from '../components/PageHeading';
import { StatusControls } from '../components/StatusControls';
import { t } from '../i18n/messages';
import { paths } from '../paths';

const prepared = prepareSearch(entries);
/** Rendering thousands of cards would make each keystroke slow; the count says how many more there are. */
const SHOWN = 50;

const pick = <T extends string>(options: readonly T[], value: string): T | undefined => options.find((o) => o === value);

export default function SearchPage() {
  const inputId = useId();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<Category | undefined>();
  const [priority, setPriority] = useState<Priority | undefined>();
  const { results, categoryCounts, priorityCounts } = useMemo(() => searchSettings(prepared, { text, category, priority }), [text, category, priority]);
  const total = (counts: Partial<Record<string, number>>) => Object.values(counts).reduce<number>((n, c) => n + (c ?? 0), 0);

  return (
    <>
      <PageHeading>{t('search.title')}</PageHeading>
      <p className="lede">{t('search.intro')}</p>
      <div className="search-controls">
        <div className="search-text">
          <label htmlFor={inputId} className="field-label">{t('search.input')}</label>
          <input id={inputId} type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        </div>
        <div>
          <label htmlFor={`${inputId}-category`} className="field-label">{t('search.category')}</label>
          <select id={`${inputId}-category`} value={category ?? ''} onChange={(e) => setCategory(pick(CATEGORIES, e.target.value))}>
            <option value="">{t('search.all', { count: total(categoryCounts) })}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{t('search.option', { label: t(`category.${c}`), count: categoryCounts[c] ?? 0 })}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${inputId}-priority`} className="field-label">{t('search.priority')}</label>
          <select id={`${inputId}-priority`} value={priority ?? ''} onChange={(e) => setPriority(pick(PRIORITIES, e.target.value))}>
            <option value="">{t('search.all', { count: total(priorityCounts) })}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>{t('search.option', { label: t(`priority.${p}`), count: priorityCounts[p] ?? 0 })}</option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="search-count">{results.length ? t('search.count', { count: results.length }) : t('search.none')}</p>
      <ul className="search-results">
        {results.slice(0, SHOWN).map((entry) => (
          <li key={entry.id} className="card">
            <article aria-labelledby={`result-${entry.id}`}>
              <h2 id={`result-${entry.id}`} className="result-title">{entry.title}</h2>
              <p className="badges">
                <span className="badge">{entry.platformName}</span>
                <span className={`badge badge-${entry.category}`}>{t(`category.${entry.category}`)}</span>
                <span className="badge">{t(`priority.${entry.priority}`)}</span>
              </p>
              <StatusControls settingId={entry.id} kind={entry.kind} />
              <p>
                <Link to={`${paths.platform.href(entry.platformId)}#${entry.id}`}>{t('search.open', { platform: entry.platformName })}</Link>
              </p>
            </article>
          </li>
        ))}
      </ul>
      {results.length > SHOWN && <p>{t('search.more', { shown: SHOWN, count: results.length })}</p>}
    </>
  );
}
