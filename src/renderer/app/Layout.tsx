import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Notices } from '../components/Notices';
import { formatDay } from '../format/dates';
import { useApi, useSlice, useStores } from './AppContext';
import { LeaveGuard } from './LeaveGuard';
import { useOpenRequests } from './useOpenRequests';
import { useReminderAnnouncements } from './useReminderAnnouncements';
import { useRouteFocus } from './useRouteFocus';
import { useApplyTheme } from './useTheme';

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/catalog', label: 'Catalog', end: false },
  { to: '/tracks', label: 'My certifications', end: false },
  { to: '/records', label: 'Records', end: false },
  { to: '/reminders', label: 'Reminders', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

/**
 * The one navigation for every screen (ARCHITECTURE.md §5): a sidebar on wide windows, a top bar
 * with a menu at 900 px and below. Focus and an announcement follow every change of page.
 */
export function Layout() {
  const api = useApi();
  const { settings, appInfo, reminders } = useStores();
  const theme = useSlice(settings, (s) => s.settings.theme);
  const info = useSlice(appInfo, (s) => s.info.data);
  const dueCount = useSlice(reminders, (s) => s.list.data?.due.length ?? 0);
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(location.pathname);
  const menuButton = useRef<HTMLButtonElement>(null);
  useApplyTheme(theme);
  useReminderAnnouncements();
  const announcement = useRouteFocus();
  useOpenRequests();

  useEffect(() => {
    void settings.getState().load();
    void appInfo.getState().load();
    return api.on('data:changed', () => void appInfo.getState().load());
  }, [api, settings, appInfo]);

  // A page chosen from the menu closes it.
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }

  return (
    <div className={`app-shell${menuOpen ? ' menu-open' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Brand />
        <button
          ref={menuButton}
          type="button"
          className="button menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span>
          <span>Menu{dueCount > 0 ? <span className="visually-hidden">{`, ${dueCount} reminders due`}</span> : null}</span>
          {dueCount > 0 ? (
            <span className="nav-badge" aria-hidden="true">
              {dueCount}
            </span>
          ) : null}
        </button>
      </header>
      <div className="sidebar">
        <nav
          id="main-nav"
          className="sidebar-inner"
          aria-label="Main"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              menuButton.current?.focus();
            }
          }}
        >
          <Brand />
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                  {item.to === '/reminders' && dueCount > 0 ? (
                    // One text for assistive tech ("Reminders, 2 due"); the label and a count badge for the eye.
                    <>
                      <span className="visually-hidden">{`${item.label}, ${dueCount} due`}</span>
                      <span aria-hidden="true">{item.label}</span>
                      <span className="nav-badge" aria-hidden="true">
                        {dueCount}
                      </span>
                    </>
                  ) : (
                    <span>{item.label}</span>
                  )}
                </NavLink>
              </li>
            ))}
          </ul>
          {info ? (
            <p className="sidebar-foot">
              Today {formatDay(info.today)}
              <br />v{info.version} · {info.host === 'electron' ? 'desktop' : 'browser'}
            </p>
          ) : null}
        </nav>
      </div>
      {/* A click beside the open menu closes it; the keyboard has Escape and the Menu button. */}
      {menuOpen ? <div className="menu-scrim" aria-hidden="true" onClick={() => setMenuOpen(false)} /> : null}
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="route-announcer">
        {announcement}
      </div>
      <Notices />
      <LeaveGuard />
    </div>
  );
}

function Brand() {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        ✓
      </span>
      <span className="brand-name">Certplan</span>
    </div>
  );
}
