// Light and dark themes: the user's choice is kept in this browser; without one the system's preference
// applies. The choice is set on <html> before the first paint (main.tsx) so the page never flashes.
import { useSyncExternalStore } from 'react';
export type ThemeChoice = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'ladder.theme';

let current: ThemeChoice | undefined;

/** The choice in effect: the one made on this page, else the stored one. */
export function currentTheme(): ThemeChoice {
  current ??= storedTheme();
  return current;
}

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

const listeners = new Set<() => void>();

/** For useSyncExternalStore: every theme control on screen follows a choice made in any of them. */
export function subscribeToTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function chooseTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage may be off (private mode): the theme still applies to this page.
  }
  current = choice;
  applyTheme(choice);
  for (const listener of listeners) listener();
}

/** The theme choice, kept in step across every control that shows it. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribeToTheme, currentTheme);
}
