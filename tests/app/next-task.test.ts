// A pause until a task of its own: after every microtask queued before or meanwhile, never within the same task.
import { describe, expect, it } from 'vitest';
import { nextTask } from '../../src/app/next-task';

describe('nextTask', () => {
  it('resolves after the microtasks queued with it, in a later task', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('task'));
    queueMicrotask(() => order.push('microtask'));
    void Promise.resolve().then(() => Promise.resolve()).then(() => order.push('chained microtask'));
    await done;
    expect(order).toEqual(['microtask', 'chained microtask', 'task']);
  });
});
