import type { ReactNode } from 'react';
import { t } from '../i18n/platform-messages';

/** Links off the app open in a new tab without handing the other site a reference to this one. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> {t('setting.newTab')}</span>
    </a>
  );
}
