import { describe, expect, it } from 'vitest';
import { BackgroundTasks } from '../../src/main/core/background';

/** Long work held by a session: a swap waits for it (CoreRuntime.replaceDatabase → session.settle). */
describe('held work', () => {
  it('settles only after every held piece of work has finished, failed ones included', async () => {
    const tasks = new BackgroundTasks();
    const order: string[] = [];
    let finish: () => void = () => undefined;
    const slow = tasks.hold(new Promise<void>((resolve) => (finish = resolve)).then(() => order.push('import done')));
    const failing = tasks.hold(Promise.reject(new Error('refused')));
    await expect(failing).rejects.toThrow('refused');
    const settled = tasks.settled().then(() => order.push('settled'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    finish();
    await Promise.all([slow, settled]);
    expect(order).toEqual(['import done', 'settled']);
    // Nothing held: settles at once.
    await expect(tasks.settled()).resolves.toBeUndefined();
  });
});
