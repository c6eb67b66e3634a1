import { useStore } from 'zustand';
import { t } from '../i18n/notice-messages';
import { updateState } from '../pwa';

/** Offers the new version (often a newer catalogue); the person decides when to reload. */
export default function UpdatePrompt() {
  const { ready, apply } = useStore(updateState);
  if (!ready) return null;
  return (
    <div className="banner update" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" className="button-primary" onClick={() => void apply()}>{t('update.reload')}</button>
    </div>
  );
}
