import { useId, useState } from 'react';
import { CHECKLIST_LINK_MAX_CHARS, checklistFileText, encodeChecklistLink, makeChecklist } from '../backup/checklist-link';
import { CardSection } from '../components/CardSection';
import { ChecklistPicker } from '../components/ChecklistPicker';
import { downloadFile } from '../components/download';
import { PageHeading } from '../components/PageHeading';
import { useCatalogue } from '../components/use-catalogue';
import { SettingTitle } from '../components/SettingTitle';
import { t } from '../i18n/checklist-messages';
import { pathIn } from '../i18n/languages';
import { activeLocale } from '../i18n/translate';
import { paths } from '../paths';
import { CHECKLIST_INTRO_MAX, CHECKLIST_MAX_SETTINGS, CHECKLIST_TITLE_MAX } from '../schema/checklist';
import './checklist.css';

/** Moves the item at `from` by `by` places, within bounds. */
const moved = (list: readonly string[], from: number, by: number): string[] => {
  const to = Math.min(Math.max(from + by, 0), list.length - 1);
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** The organiser's page: pick settings, order them, describe the checklist, share a link or a file. Nothing is stored. */
export default function MakeChecklistPage() {
  const titleId = useId();
  const introId = useId();
  const daysId = useId();
  const linkId = useId();
  const [title, setTitle] = useState('');
  const [intro, setIntro] = useState('');
  const [days, setDays] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const interval = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 730 ? Number(days) : undefined;
  const checklist = makeChecklist({ title, intro, days: interval, settings: picked });
  const ready = checklist.title.length > 0 && picked.length > 0;
  const fragment = ready ? encodeChecklistLink(checklist) : '';
  // Shown only once something is picked, so only ever built in the browser; it opens in the organiser's language.
  const link = ready ? `${location.origin}${pathIn(activeLocale(), paths.checklist.href(fragment))}` : '';
  const catalogue = useCatalogue();
  const titleOf = (id: string) => catalogue.setting(id)?.title ?? id;

  return (
    <>
      <PageHeading>{t('checklist.make.title')}</PageHeading>
      <p>{t('checklist.make.intro')}</p>
      <CardSection id="checklist-details" title={t('checklist.make.details')}>
        <label htmlFor={titleId} className="field-label">{t('checklist.make.titleLabel')}</label>
        <input id={titleId} type="text" value={title} maxLength={CHECKLIST_TITLE_MAX} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={introId} className="field-label">{t('checklist.make.introLabel')}</label>
        <textarea id={introId} value={intro} maxLength={CHECKLIST_INTRO_MAX} rows={3} onChange={(e) => setIntro(e.target.value)} />
        <label htmlFor={daysId} className="field-label">{t('checklist.make.days')}</label>
        <input id={daysId} type="number" inputMode="numeric" min={1} max={730} value={days} onChange={(e) => setDays(e.target.value)} />
      </CardSection>
      <CardSection id="checklist-pick" title={t('checklist.make.pick')}>
        <ChecklistPicker picked={picked} full={picked.length >= CHECKLIST_MAX_SETTINGS} onAdd={(id) => setPicked([...picked, id])} />
        {picked.length >= CHECKLIST_MAX_SETTINGS && <p className="hint">{t('checklist.make.limit', { max: CHECKLIST_MAX_SETTINGS })}</p>}
      </CardSection>
      <CardSection id="checklist-order" title={t('checklist.make.order')}>
        {picked.length === 0 ? <p>{t('checklist.make.empty')}</p> : (
          <ol className="checklist-order">
            {picked.map((id, i) => (
              <li key={id}>
                <span>{catalogue.setting(id) === undefined ? id : <SettingTitle setting={catalogue.setting(id)} />}</span>
                <span className="actions">
                  <button type="button" className="button-quiet" disabled={i === 0} onClick={() => setPicked(moved(picked, i, -1))}>{t('checklist.make.up', { title: titleOf(id) })}</button>
                  <button type="button" className="button-quiet" disabled={i === picked.length - 1} onClick={() => setPicked(moved(picked, i, 1))}>{t('checklist.make.down', { title: titleOf(id) })}</button>
                  <button type="button" className="button-quiet" onClick={() => setPicked(picked.filter((p) => p !== id))}>{t('checklist.make.remove', { title: titleOf(id) })}</button>
                </span>
              </li>
            ))}
          </ol>
        )}
      </CardSection>
      <CardSection id="checklist-share" title={t('checklist.make.share')}>
        {!ready ? <p>{t('checklist.make.needs')}</p> : (
          <>
            {fragment.length > CHECKLIST_LINK_MAX_CHARS ? <p role="alert">{t('checklist.make.tooLong')}</p> : (
              <>
                <label htmlFor={linkId} className="field-label">{t('checklist.make.link')}</label>
                <input id={linkId} type="text" readOnly value={link} onFocus={(e) => e.target.select()} aria-describedby={`${linkId}-hint`} />
                <p id={`${linkId}-hint`} className="hint">{t('checklist.make.linkHint', { chars: link.length })}</p>
              </>
            )}
            <button type="button" onClick={() => downloadFile('privacy-checklist.json', 'application/json', checklistFileText(checklist))}>{t('checklist.make.file')}</button>
          </>
        )}
      </CardSection>
    </>
  );
}
