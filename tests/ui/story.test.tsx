import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { StoryPanel } from '../../src/ui/story/StoryPanel';
import { createAppStore } from '../../src/store/store';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { renderWith } from './render-app';

describe('Story', async () => {
  const dataset = await loadValid(BUILTIN);
  const story = dataset.story;

  it('starts, steps with buttons and keys, and leaves', async () => {
    const store = createAppStore();
    store.getState().setLoadResult(dataset, []);
    renderWith(store, <StoryPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Start the story (${story.length} steps)` }));
    expect(store.getState().step).toBe(story[0]!.id);
    expect(store.getState().time).toBe(Date.parse(story[0]!.at));
    expect(screen.getByRole('heading', { name: story[0]!.title })).toBeTruthy();
    expect(screen.getByText(`Step 1 of ${story.length}`)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous step' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(store.getState().step).toBe(story[1]!.id);
    expect(store.getState().selectedId).toBe(story[1]!.incident ?? null);

    fireEvent.keyDown(screen.getByRole('region', { name: 'Story' }), { key: 'ArrowRight' });
    expect(store.getState().step).toBe(story[2]!.id);
    fireEvent.keyDown(screen.getByRole('region', { name: 'Story' }), { key: 'ArrowLeft' });
    expect(store.getState().step).toBe(story[1]!.id);

    await user.click(screen.getByRole('button', { name: 'Leave the story' }));
    expect(store.getState().step).toBeNull();
  });

  it('lists each step\'s sources', async () => {
    const store = createAppStore();
    store.getState().setLoadResult(dataset, []);
    store.getState().showStep(story[3]!.id);
    renderWith(store, <StoryPanel />);
    const list = screen.getByRole('list', { name: 'Sources for this step' });
    expect(list.querySelectorAll('li')).toHaveLength(story[3]!.sources.length);
  });
});
