import { useCallback, useId, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { CHECKLIST_FILE_MAX_BYTES, decodeChecklistLink, parseChecklistText, type ParsedChecklist } from '../backup/checklist-link';
import { ChecklistOffer } from '../components/ChecklistOffer';
import { describeChecklistProblem } from '../components/describe-checklist';
import { FollowedChecklist } from '../components/FollowedChecklist';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/checklist-messages';
import { paths } from '../paths';
import { useAppStore } from '../store/hooks';
import { useCatalogue } from '../components/use-catalogue';
import './checklist.css';

/**
 * A group checklist. With a fragment (`/checklist#…`, from an organiser's link) or a chosen file: what
 * it holds, and following it; without: the checklist the open profile follows.
 */
export default function ChecklistPage() {
  const fileId = useId();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const isKnown = useCallback((id: string) => catalogue.setting(id) !== undefined, [catalogue]);
  const hydrated = useAppStore((s) => s.hydrated);
  const followed = useAppStore((s) => s.checklist);
  const fromLink = useMemo(() => (hash.length > 1 ? decodeChecklistLink(hash, isKnown) : undefined), [hash, isKnown]);
  const [fromFile, setFromFile] = useState<ParsedChecklist>();
  const opened = fromFile ?? fromLink;

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setFromFile(file.size > CHECKLIST_FILE_MAX_BYTES ? { ok: false, problem: { kind: 'too-large' } } : parseChecklistText(await file.text(), isKnown));
  };
  const close = () => {
    setFromFile(undefined);
    void navigate(paths.checklist.href(), { replace: true });
  };

  const showing = opened?.ok ? undefined : followed;
  return (
    <>
      <PageHeading>{showing ? showing.title : t('checklist.open.title')}</PageHeading>
      {opened && !opened.ok && <p className="banner banner-warning" role="alert">{describeChecklistProblem(opened.problem)}</p>}
      {!hydrated ? <Loading /> : opened?.ok ? (
        <ChecklistOffer checklist={opened.checklist} onClose={close} />
      ) : showing ? (
        <FollowedChecklist checklist={showing} />
      ) : (
        <p>{t('checklist.mine.none')}</p>
      )}
      {!opened?.ok && (
        <p>
          <label htmlFor={fileId} className="field-label">{t('checklist.open.file')}</label>
          <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => void readFile(e.target.files?.[0])} />
        </p>
      )}
      <p><Link to={paths.makeChecklist.href()}>{t('checklist.mine.make')}</Link></p>
    </>
  );
}
