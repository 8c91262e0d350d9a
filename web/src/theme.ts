// Light and dark themes: the user's choice is kept in this browser; without one the system's preference
// applies. The choice is set on <html> before the first paint (main.tsx) so the page never flashes.
export type ThemeChoice = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'ladder.theme';

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const dark =
    choice === 'dark' || (choice === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function chooseTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage may be off (private mode): the theme still applies to this page.
  }
  applyTheme(choice);
}
