import { Suspense, use, useMemo } from 'react';
import { progressOf } from '../audit/progress';
import { checklistReply } from '../backup/checklist-reply';
import { platformIdOf } from '../catalogue/ids';
import { loadPlatform } from '../catalogue/platform-entries';
import { activeLocale } from '../i18n/translate';
import { t } from '../i18n/checklist-messages';
import type { Checklist } from '../schema/checklist';
import type { Platform, Setting } from '../schema/catalogue';
import { useAppStore } from '../store/hooks';
import { downloadFile } from './download';
import { Loading } from './Loading';
import { SettingCard } from './SettingCard';
import { useCatalogue } from './use-catalogue';

function Cards({ checklist, promise }: { checklist: Checklist; promise: Promise<Platform[]> }) {
  const platforms = use(promise);
  const byId = new Map<string, Setting>(platforms.flatMap((p) => p.settings.map((s) => [s.id, s] as const)));
  return (
    <div className="settings-list">
      {checklist.settings.map((id) => {
        const setting = byId.get(id);
        return setting && <SettingCard key={id} setting={setting} />;
      })}
    </div>
  );
}

/** The checklist the open profile follows: its introduction, only its settings in the organiser's order, and the reply. */
export function FollowedChecklist({ checklist }: { checklist: Checklist }) {
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const now = useAppStore((s) => s.now);
  const catalogue = useCatalogue();
  const platformIds = [...new Set(checklist.settings.map(platformIdOf))].join(',');
  const promise = useMemo(() => Promise.all(platformIds.split(',').flatMap((id) => loadPlatform(id, activeLocale()) ?? [])), [platformIds]);
  const progress = progressOf(checklist.settings.flatMap((id) => catalogue.setting(id) ?? []), checks, region);
  const reply = () => downloadFile('privacy-checklist-answers.json', 'application/json', JSON.stringify(checklistReply(checklist, checks, now()), null, 2));
  return (
    <>
      {checklist.intro && <p className="lede checklist-intro">{checklist.intro}</p>}
      <p>{t('checklist.mine.progress', { dealt: progress.complete, total: progress.total })}</p>
      <Suspense fallback={<Loading text={t('checklist.mine.loading')} />}>
        <Cards checklist={checklist} promise={promise} />
      </Suspense>
      <section className="card" aria-labelledby="reply-title">
        <h2 id="reply-title">{t('checklist.mine.reply')}</h2>
        <p>{t('checklist.mine.replyHint')}</p>
        <button type="button" onClick={reply}>{t('checklist.mine.reply')}</button>
      </section>
    </>
  );
}
