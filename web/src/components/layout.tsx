// The frame of every signed-in screen: a skip link, the header with navigation, theme and account, the main
// region. On a phone-width screen the navigation folds behind a menu button.
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.js';
import { LEVEL_SHORT } from '../api/queries.js';
import { useMe, useProfile, useResetSession } from '../session.js';
import { chooseTheme, type ThemeChoice, useThemeChoice } from '../theme.js';

export const NAVIGATION: { to: string; label: string }[] = [
  { to: '/', label: 'Home' },
  { to: '/plan', label: 'Plan' },
  { to: '/questions', label: 'Questions' },
  { to: '/loops', label: 'Mock loop' },
  { to: '/stories', label: 'Stories' },
  { to: '/take-home', label: 'Take-home' },
  { to: '/history', label: 'History' },
  { to: '/progress', label: 'Progress' },
  { to: '/guide', label: 'Level guide' },
  { to: '/reviews', label: 'Reviews' },
];

function ThemeSelect() {
  const choice = useThemeChoice();
  return (
    <label className="theme-select">
      <span className="visually-hidden">Theme</span>
      <select
        value={choice}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice;
          chooseTheme(next);
        }}
      >
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

export function Layout() {
  const me = useMe();
  const profile = useProfile(Boolean(me.data));
  const navigate = useNavigate();
  const location = useLocation();
  const reset = useResetSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setMenuOpen(false);
  }

  // After a navigation inside the app, focus moves to the new screen's content so that keyboard and
  // screen-reader users start there instead of at the link they left; the first load keeps the browser's.
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const signOut = async () => {
    await api.logout().catch(() => undefined);
    reset();
    navigate('/signin');
  };

  return (
    <div className={`shell${menuOpen ? ' menu-open' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="sidebar">
        <div className="sidebar-top">
          <NavLink to="/" className="brand" aria-label="Ladder home">
            <img src="/favicon.svg" alt="" width="24" height="24" />
            <span>Ladder</span>
          </NavLink>
          {profile.data ? (
            <span className="target-badge" title="Your target level">
              Target: {LEVEL_SHORT[profile.data.targetLevel]}
            </span>
          ) : null}
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="primary-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        <nav
          id="primary-nav"
          aria-label="Main"
          onKeyDown={(event) => {
            // Escape folds the menu back and returns focus to its button, as a disclosure should.
            if (event.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              document.querySelector<HTMLButtonElement>('.menu-button')?.focus();
            }
          }}
        >
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="account">
            {me.data ? <span className="account-email">{me.data.email}</span> : null}
            <NavLink to="/settings">Settings</NavLink>
            <ThemeSelect />
            <button type="button" className="link-button" onClick={signOut}>
              Sign out
            </button>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
