// The page's colours from the link's theme=: dark, or the reader's system's choice (auto), followed
// live. Loaded only when a link names a theme, so light pages pay nothing; the dark stylesheet loads
// only once the colours resolve to dark. main.tsx has marked the page already (app.css keeps a page
// marked dark hidden until theme-dark.css shows it); the canvases follow the mark (page-theme.ts).
import type { Theme } from '../core/link-format';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export interface ThemeOptions {
  theme: Theme;
  /** Where data-theme goes (default: <html>); the stylesheets read it. */
  root?: HTMLElement;
  /** window.matchMedia, or a stand-in in tests. */
  media?: (query: string) => MediaQueryList;
  /** Loads the dark stylesheet (by default Vite's on-demand CSS: a <link> it injects, resolved once loaded). */
  loadDark?: () => Promise<unknown>;
}

/** Applies the theme now and, for auto, whenever the system's choice changes; returns a stop function. */
export function followTheme({ theme, root = document.documentElement, media = (q) => matchMedia(q),
  loadDark = () => import('../ui/theme-dark.css') }: ThemeOptions): () => void {
  const query = theme === 'auto' ? media(DARK_QUERY) : null;
  let wanted: boolean | null = null;
  const show = (dark: boolean) => { root.dataset.theme = dark ? 'dark' : 'light'; };
  const apply = () => {
    const dark = theme === 'dark' || query?.matches === true;
    if (dark === wanted) return;
    wanted = dark;
    if (!dark) {
      show(false);
      return;
    }
    // Marked dark once the stylesheet is there: never a dark ground under light panels.
    loadDark().then(() => { if (wanted) show(true); },
      // Offline for a moment: the light colours rather than a page left hidden.
      () => { if (wanted) show(false); wanted = null; });
  };
  apply();
  query?.addEventListener('change', apply);
  return () => query?.removeEventListener('change', apply);
}
