import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

let broken = true;

function Fragile() {
  if (broken) throw new Error('the data had no sites');
  return <p>Timeline drawn</p>;
}

function Counter() {
  const [n, setN] = useState(0);
  return <button type="button" onClick={() => setN(n + 1)}>Clicked {n} times</button>;
}

afterEach(() => {
  broken = true;
  vi.restoreAllMocks();
});

describe('a part of the UI that throws', () => {
  it('is replaced by a message naming it and the error, while its neighbours keep working', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<main><ErrorBoundary name="timeline"><Fragile /></ErrorBoundary><ErrorBoundary name="list"><Counter /></ErrorBoundary></main>);

    expect(screen.getByRole('alert').textContent).toMatch(/^The timeline could not be shown: the data had no sites/);
    expect(logged).toHaveBeenCalledWith('timeline failed:', expect.any(Error));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clicked 0 times' }));
    expect(screen.getByRole('button', { name: 'Clicked 1 times' })).toBeTruthy();
  });

  it('can be tried again, and shows the part once it no longer throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ErrorBoundary name="timeline"><Fragile /></ErrorBoundary>);
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Timeline drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
