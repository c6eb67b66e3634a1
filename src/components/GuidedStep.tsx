import { Suspense, use, useEffect, useRef } from 'react';
import { splitLead } from '../catalogue/lead-sentence';
import { loadPlatform } from '../catalogue/platform-entries';
import { t } from '../i18n/guided-messages';
import { activeLocale } from '../i18n/translate';
import { SettingTitle } from './SettingTitle';
import { TranslatedText } from './TranslatedText';
import { langOf } from '../catalogue/catalogue-lang';
import { ErrorBoundary } from './ErrorBoundary';
import { GuidedDecision } from './GuidedDecision';
import { Loading } from './Loading';
import { Monogram } from './Monogram';
import { SettingLink } from './SettingLink';
import { SettingSteps } from './SettingSteps';
import type { GuidedItem } from './use-guided-session';
import './setting-card.css';

/** The setting's full entry in the page's language, from its platform's file: why, the deep link, the steps. */
function GuidedEntry({ item }: { item: GuidedItem }) {
  const setting = use(loadPlatform(item.platform.id, activeLocale())!).settings.find((s) => s.id === item.id);
  if (!setting) return null;
  return (
    <>
      <p className="why" lang={langOf(setting.localized, 'text')}><TranslatedText text={splitLead(setting.why).lead} /></p>
      <SettingLink setting={setting} />
      <SettingSteps setting={setting} open />
    </>
  );
}

/**
 * One open setting, its full entry loaded from its platform's chunk: why, the deep link, the
 * person's own device's steps already open, then the decision. After "next", focus moves to its
 * title, so a screen reader hears which setting it is (on arrival the page's heading has focus).
 */
export function GuidedStep({ item, decided, onDecided, focusOnShow }: { item: GuidedItem; decided: boolean; onDecided: () => void; focusOnShow: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
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
      {/* The catalogue's index is English: in another language its title is marked as the English label. */}
      <h2 id={headingId} ref={heading} tabIndex={-1}><SettingTitle setting={item} /></h2>
      <ErrorBoundary key={item.id} fallback={<p className="banner banner-warning">{t('guided.loadFailed')}</p>}>
        <Suspense fallback={<Loading />}>
          <GuidedEntry item={item} />
        </Suspense>
      </ErrorBoundary>
      <GuidedDecision settingId={item.id} kind={item.kind} decided={decided} onDecided={onDecided} />
    </article>
  );
}
