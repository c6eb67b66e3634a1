import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { prepareSearch, searchSettings } from '../catalogue/search';
import { titleInEnglish } from '../catalogue/catalogue-lang';
import type { Category, Priority } from '../schema/catalogue';
import { CATEGORIES, PRIORITIES } from '../schema/constants';
import { CountedSelect } from '../components/CountedSelect';
import { PageHeading } from '../components/PageHeading';
import { StatusControls } from '../components/StatusControls';
import { t } from '../i18n/search-messages';
import { paths } from '../paths';
import { CatalogueLabel } from '../components/CatalogueLabel';
import { useSearch } from '../components/use-search';
import './search.css';

/** Rendering thousands of cards would make each keystroke slow; the count says how many more there are. */
const SHOWN = 50;

export default function SearchPage() {
  const entries = useSearch();
  // Split into words once per visit, not per keystroke.
  const prepared = useMemo(() => prepareSearch(entries), [entries]);
  const inputId = useId();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<Category | undefined>();
  const [priority, setPriority] = useState<Priority | undefined>();
  const { results, categoryCounts, priorityCounts } = useMemo(() => searchSettings(prepared, { text, category, priority }), [prepared, text, category, priority]);

  return (
    <>
      <PageHeading>{t('search.title')}</PageHeading>
      <p className="lede">{t('search.intro')}</p>
      <div className="search-controls">
        <div className="search-text">
          <label htmlFor={inputId} className="field-label">{t('search.input')}</label>
          <input id={inputId} type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        </div>
        <CountedSelect label={t('search.category')} options={CATEGORIES} counts={categoryCounts} value={category} onChange={setCategory} optionLabel={(c) => t(`category.${c}`)} />
        <CountedSelect label={t('search.priority')} options={PRIORITIES} counts={priorityCounts} value={priority} onChange={setPriority} optionLabel={(p) => t(`priority.${p}`)} />
      </div>
      <p role="status" className="search-count">{results.length ? t('search.count', { count: results.length }) : t('search.none')}</p>
      <ul className="search-results">
        {results.slice(0, SHOWN).map((entry) => (
          <li key={entry.id} className="card">
            <article aria-labelledby={`result-${entry.id}`}>
              <h2 id={`result-${entry.id}`} className="result-title">
                <CatalogueLabel text={entry.title} english={titleInEnglish(entry)} />
              </h2>
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
