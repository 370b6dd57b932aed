import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../errors/errors.js';
import { withDeadline } from './deadline.js';

const never = (signal: AbortSignal | undefined) =>
  new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));

describe('withDeadline', () => {
  it('aborts the call with a TimeoutError that says the limit', async () => {
    await expect(withDeadline(50, undefined, never)).rejects.toEqual(new TimeoutError(50));
  });

  it("still lets the caller abort first, with the caller's reason", async () => {
    const controller = new AbortController();
    const call = withDeadline(10_000, controller.signal, never);
    controller.abort(new Error('caller gave up'));
    await expect(call).rejects.toThrow('caller gave up');
  });

  it('adds no signal and no timer when there is no limit', async () => {
    let seen: AbortSignal | undefined = new AbortController().signal;
    await withDeadline(0, undefined, async (signal) => (seen = signal));
    expect(seen).toBeUndefined();
  });
});
