// A test file that promises "nothing is left as an unhandled rejection"
// listens for them over the whole file and fails at its end if any came.
import { afterAll, expect } from 'vitest';

export function expectNoUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
}
