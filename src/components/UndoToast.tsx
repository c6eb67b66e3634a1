import { useEffect } from 'react';
import { platformIdOf } from '../catalogue/ids';
import { progressOf } from '../audit/progress';
import { t } from '../i18n/common-messages';
import { useAppStore } from '../store/hooks';
import { useCatalogue } from './use-catalogue';
import { withElements } from './with-elements';
import { InlineLabel } from './CatalogueLabel';
import { titleInEnglish } from '../catalogue/catalogue-lang';

const VISIBLE_MS = 8000;

/**
 * A brief confirmation of the last status change, with undo. It loads with the first change (it needs
 * every setting's title); the layout keeps its live region in the page, so screen readers announce
 * each change as its text arrives.
 */
export default function UndoToast() {
  const change = useAppStore((s) => s.lastChange);
  const undo = useAppStore((s) => s.undo);
  const dismiss = useAppStore((s) => s.dismissLastChange);
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const catalogue = useCatalogue();

  useEffect(() => {
    if (!change) return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [change, dismiss]);

  if (!change) return null;
  const setting = catalogue.setting(change.settingId);
  const title = <InlineLabel text={setting?.title ?? change.settingId} english={titleInEnglish(setting)} />;
  const status = change.after ? t(`status.label.${change.after.status}`) : t('status.label.open');
  // Progress rides along in the same live region, so a screen reader hears both at once.
  const platform = catalogue.platform(platformIdOf(change.settingId));
  const progress = platform && progressOf(platform.settings, checks, region);
  return (
    <div className="toast">
      <p>
        {withElements((values) => t('toast.changed', { ...values, status }), { title })}
        {platform && progress && <> {t('toast.progress', { name: platform.name, complete: progress.complete, total: progress.total })}</>}
      </p>
      <button type="button" onClick={() => void undo()}>{t('toast.undo')}</button>
      <button type="button" className="button-quiet" onClick={dismiss} aria-label={t('toast.dismiss')}>{t('toast.closeSymbol')}</button>
    </div>
  );
}
