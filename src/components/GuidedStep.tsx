import { useEffect, useRef } from 'react';
import { splitLead } from '../catalogue/lead-sentence';
import { platformArrival } from '../catalogue/platform-chunks';
import { surfaceOf } from '../catalogue/surfaces';
import { t } from '../i18n/guided-messages';
import { useArrival } from '../routing/use-arrival';
import { GuidedDecision } from './GuidedDecision';
import { Loading } from './Loading';
import { Monogram } from './Monogram';
import { SettingLink } from './SettingLink';
import { SettingSteps } from './SettingSteps';
import type { GuidedItem } from './use-guided-session';
import './setting-card.css';

const ownSurface = surfaceOf(typeof navigator === 'undefined' ? '' : navigator.userAgent);

/**
 * One open setting, its full entry loaded from its platform's chunk: why, the deep link, the
 * person's own device's steps already open, then the decision. After "next", focus moves to its
 * title, so a screen reader hears which setting it is (on arrival the page's heading has focus).
 */
export function GuidedStep({ item, decided, onDecided, focusOnShow }: { item: GuidedItem; decided: boolean; onDecided: () => void; focusOnShow: boolean }) {
  const loaded = useArrival(platformArrival(item.platform.id));
  const heading = useRef<HTMLHeadingElement>(null);
  const setting = loaded?.ok ? loaded.value.settings.find((s) => s.id === item.id) : undefined;
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  const headingId = `guided-${item.id}`;
  return (
    <article className="card guided-step" aria-labelledby={headingId}>
      <div className="card-head">
        <Monogram id={item.platform.id} name={item.platform.name} />
        <p className="eyebrow">{item.platform.name}</p>
      </div>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{item.title}</h2>
      {loaded?.ok === false && <p className="banner banner-warning">{t('guided.loadFailed')}</p>}
      {!loaded && <Loading />}
      {setting && (
        <>
          <p className="why">{splitLead(setting.why).lead}</p>
          <SettingLink setting={setting} />
          <SettingSteps setting={setting} own={ownSurface} open />
        </>
      )}
      <GuidedDecision settingId={item.id} kind={item.kind} decided={decided} onDecided={onDecided} />
    </article>
  );
}
