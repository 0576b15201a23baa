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
    Lazy.preload();
    Lazy.preload();
    await Promise.resolve();
    await Promise.resolve();
    renderWith(createAppStore(), <Lazy label="invented notice" />);
    // No wait: it is there in the first render.
    expect(screen.getByText('invented notice')).toBeTruthy();
    expect(loads).toBe(1);
  });

  it('shows a part not preloaded once its code arrives', async () => {
    const Lazy = lazyComponent(() => Promise.resolve(Part));
    renderWith(createAppStore(), <Lazy label="another invented notice" />);
    expect(screen.queryByText('another invented notice')).toBeNull();
    expect(await screen.findByText('another invented notice')).toBeTruthy();
  });
});
