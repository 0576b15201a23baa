// Whether the page shows its dark colours (app/theme.ts marks <html data-theme="dark">), for the parts
// that paint their own pixels (the canvases); CSS reaches everything else. Read and watched by parts
// that load on demand, so the first load carries none of it.
export interface PageThemeOptions {
  /** The document whose colours are watched (default: this page's). */
  doc?: Document;
}

export function pageIsDark({ doc = document }: PageThemeOptions = {}): boolean {
  return doc.documentElement.dataset.theme === 'dark';
}

/** Calls `onChange` whenever the page's colours change (theme=auto follows the system); returns a stop function. */
export function watchPageTheme(onChange: (dark: boolean) => void, { doc = document }: PageThemeOptions = {}): () => void {
  const observer = new MutationObserver(() => onChange(pageIsDark({ doc })));
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
