import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link, NavLink } from 'react-router';
import { t } from '../i18n/common-messages';
import { paths } from '../paths';
import { ThemeToggle } from './ThemeToggle';
import { ProfileBadge } from './ProfileBadge';

const MENU_ID = 'site-menu';

/**
 * The app's name and its menu. On a narrow screen the menu folds behind one button (CSS decides
 * when), so a phone's first screen is the page rather than six wrapped links; the links stay in
 * the markup and in tab order once opened, and the button says whether it is open.
 */
export function SiteHeader() {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // Following a link (even to the current page) closes the menu; the page's heading takes focus.
  const closeOnLink = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest('a')) setOpen(false);
  };
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <header className="site-header" onKeyDown={closeOnEscape}>
      <Link to={paths.home.href()} className="brand">{t('app.name')}</Link>
      <ProfileBadge />
      <button ref={toggle} type="button" className="button-quiet menu-toggle" aria-expanded={open} aria-controls={MENU_ID} onClick={() => setOpen(!open)}>
        {t('nav.menu')}
      </button>
      <div id={MENU_ID} className={open ? 'site-menu open' : 'site-menu'} onClick={closeOnLink}>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li><NavLink to={paths.home.href()} end>{t('nav.dashboard')}</NavLink></li>
            <li><NavLink to={paths.search.href()}>{t('nav.search')}</NavLink></li>
            <li><NavLink to={paths.due.href()}>{t('nav.due')}</NavLink></li>
            <li><NavLink to={paths.report.href()}>{t('nav.report')}</NavLink></li>
            <li><NavLink to={paths.changes.href()}>{t('nav.changes')}</NavLink></li>
            <li><NavLink to={paths.settings.href()}>{t('nav.settings')}</NavLink></li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
