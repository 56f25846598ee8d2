import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Notices } from '../components/Notices';
import { useApi, useSlice, useStores } from './AppContext';
import { useApplyTheme } from './useTheme';

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/catalog', label: 'Catalog', end: false },
  { to: '/tracks', label: 'My certifications', end: false },
  { to: '/records', label: 'Records', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

/** The one navigation for every screen (ARCHITECTURE.md §5). */
export function Layout() {
  const api = useApi();
  const { settings, appInfo } = useStores();
  const theme = useSlice(settings, (s) => s.settings.theme);
  const info = useSlice(appInfo, (s) => s.info.data);
  useApplyTheme(theme);

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
                {item.label}
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
