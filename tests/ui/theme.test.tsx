// The theme follower (app/theme.ts) and the canvases' view of it (app/page-theme.ts), with a
// stand-in for the system's setting and for the stylesheet's loading.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageIsDark, watchPageTheme } from '../../src/app/page-theme';
import { DARK_QUERY, followTheme } from '../../src/app/theme';

/** A system setting that the test can change, as a MediaQueryList for DARK_QUERY. */
function systemSetting(dark: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() { return dark; },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  } as unknown as MediaQueryList;
  const media = vi.fn((query: string) => {
    if (query !== DARK_QUERY) throw new Error(`unexpected query ${query}`);
    return list;
  });
  const set = (next: boolean) => {
    dark = next;
    for (const f of listeners) f();
  };
  return { media, set, listeners };
}

/** A stylesheet load that the test settles. */
function stylesheet() {
  const loads: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const loadDark = vi.fn(() => new Promise<void>((resolve, reject) => { loads.push({ resolve, reject }); }));
  return { loadDark, loads };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => { delete document.documentElement.dataset.theme; });

describe('followTheme', () => {
  it('marks the page dark only once the dark stylesheet has loaded', async () => {
    const root = document.createElement('html');
    const { loadDark, loads } = stylesheet();
    followTheme({ theme: 'dark', root, loadDark, media: systemSetting(false).media });
    expect(loadDark).toHaveBeenCalledTimes(1);
    expect(root.dataset.theme).toBeUndefined();
    loads[0]?.resolve();
    await flush();
    expect(root.dataset.theme).toBe('dark');
  });

  it('on auto, follows the system: light without loading anything, dark with the stylesheet, and back', async () => {
    const root = document.createElement('html');
    const { loadDark, loads } = stylesheet();
    const system = systemSetting(false);
    const stop = followTheme({ theme: 'auto', root, loadDark, media: system.media });
    expect(root.dataset.theme).toBe('light');
    expect(loadDark).not.toHaveBeenCalled();
    system.set(true);
    loads[0]?.resolve();
    await flush();
    expect(root.dataset.theme).toBe('dark');
    system.set(false);
    expect(root.dataset.theme).toBe('light');
    // Dark again waits for the loader again (Vite's import of a sheet already there resolves at once).
    system.set(true);
    expect(root.dataset.theme).toBe('light');
    loads[1]?.resolve();
    await flush();
    expect(root.dataset.theme).toBe('dark');
    stop();
    expect(system.listeners.size).toBe(0);
  });

  it('stays light when the system turns light again before the stylesheet arrives', async () => {
    const root = document.createElement('html');
    const { loadDark, loads } = stylesheet();
    const system = systemSetting(true);
    followTheme({ theme: 'auto', root, loadDark, media: system.media });
    system.set(false);
    loads[0]?.resolve();
    await flush();
    expect(root.dataset.theme).toBe('light');
  });

  it('shows the light colours when the dark stylesheet cannot load, rather than a hidden page', async () => {
    const root = document.createElement('html');
    root.dataset.theme = 'dark';
    const { loadDark, loads } = stylesheet();
    followTheme({ theme: 'dark', root, loadDark, media: systemSetting(false).media });
    loads[0]?.reject(new Error('offline'));
    await flush();
    expect(root.dataset.theme).toBe('light');
  });

  it('asks nothing of the system for theme=dark', () => {
    const system = systemSetting(false);
    followTheme({ theme: 'dark', root: document.createElement('html'), loadDark: stylesheet().loadDark, media: system.media });
    expect(system.media).not.toHaveBeenCalled();
  });
});

describe('the page\'s colours for the canvases', () => {
  it('reads the mark and reports each change of it', async () => {
    const seen: boolean[] = [];
    const stop = watchPageTheme((dark) => seen.push(dark));
    expect(pageIsDark()).toBe(false);
    document.documentElement.dataset.theme = 'dark';
    await flush();
    expect(pageIsDark()).toBe(true);
    document.documentElement.dataset.theme = 'light';
    await flush();
    stop();
    document.documentElement.dataset.theme = 'dark';
    await flush();
    expect(seen).toEqual([true, false]);
  });
});
