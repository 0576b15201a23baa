// Work in slices goes on at once while its budget lasts, and gives the page its turn once spent.
import { describe, expect, it } from 'vitest';
import { idlePauses } from '../../src/app/idle-pauses';

/** Whether a task queued before the pause ran before the pause was over. */
async function taskRanFirst(pause: () => Promise<void>): Promise<boolean> {
  let ran = false;
  setTimeout(() => { ran = true; }, 0);
  await pause();
  return ran;
}

describe('pauses between slices of work', () => {
  it('do not wait while the budget lasts', async () => {
    const pause = idlePauses({ budgetMs: 60_000 });
    expect(await taskRanFirst(pause)).toBe(false);
    expect(await taskRanFirst(pause)).toBe(false);
  });

  it('let other tasks run once the budget is spent, then start a fresh one', async () => {
    const pause = idlePauses({ budgetMs: 0 });
    expect(await taskRanFirst(pause)).toBe(true);
    expect(await taskRanFirst(pause)).toBe(true);
  });
});
