import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Notices } from '../components/Notices';
import { useApi, useSlice, useStores } from './AppContext';
import { useOpenRequests } from './useOpenRequests';
import { useReminderAnnouncements } from './useReminderAnnouncements';
import { useApplyTheme } from './useTheme';

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/catalog', label: 'Catalog', end: false },
  { to: '/tracks', label: 'My certifications', end: false },
  { to: '/records', label: 'Records', end: false },
  { to: '/reminders', label: 'Reminders', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

/** The one navigation for every screen (ARCHITECTURE.md §5). */
export function Layout() {
  const api = useApi();
  const { settings, appInfo, reminders } = useStores();
  const theme = useSlice(settings, (s) => s.settings.theme);
  const info = useSlice(appInfo, (s) => s.info.data);
  const dueCount = useSlice(reminders, (s) => s.list.data?.due.length ?? 0);
  useApplyTheme(theme);
  useReminderAnnouncements();
  useOpenRequests();

  useEffect(() => {
    void settings.getState().load();
    void appInfo.getState().load();
    return api.on('data:changed', () => void appInfo.getState().load());
  }, [api, settings, appInfo]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✓
          </span>
          <span className="brand-name">Certplan</span>
        </div>
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
            Today {info.today}
            <br />
            v{info.version} · {info.host === 'electron' ? 'desktop' : 'browser'}
          </p>
        ) : null}
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <Notices />
    </div>
  );
}
