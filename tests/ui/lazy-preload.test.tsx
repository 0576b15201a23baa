// A part loaded on first use shows at once when its code was asked for before (preload), and once
// its code arrives when it was not.
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/store';
import { lazyComponent } from '../../src/ui/lazy';
import { renderWith } from './render-app';

const Part = ({ label }: { label: string }) => <p>{label}</p>;

describe('lazyComponent', () => {
  it('shows a preloaded part in its first render', async () => {
    let loads = 0;
    const Lazy = lazyComponent(() => { loads++; return Promise.resolve(Part); });
    void Lazy.preload();
    await Lazy.preload();
    renderWith(createAppStore(), <Lazy label="invented notice" />);
    // No wait: it is there in the first render.
    expect(screen.getByText('invented notice')).toBeTruthy();
    expect(loads).toBe(1);
  });

  it('resolves its preload when the code could not be loaded, and the part then says so', async () => {
    const Lazy = lazyComponent<{ label: string }>(() => Promise.reject(new Error('invented failure')));
    await Lazy.preload();
    renderWith(createAppStore(), <Lazy label="never shown" />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText('never shown')).toBeNull();
  });

  it('shows a part not preloaded once its code arrives', async () => {
    const Lazy = lazyComponent(() => Promise.resolve(Part));
    renderWith(createAppStore(), <Lazy label="another invented notice" />);
    expect(screen.queryByText('another invented notice')).toBeNull();
    expect(await screen.findByText('another invented notice')).toBeTruthy();
  });
});
