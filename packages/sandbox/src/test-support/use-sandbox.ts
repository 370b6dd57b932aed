// The sandbox's own tests cannot use @chatapi/test-harness (it depends on this
// package), so they start their sandbox with this one hook. Strict, so that a
// test that sends a field the spec lacks fails instead of passing by luck.
import { afterAll, beforeAll } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from '../index.js';

export function useSandbox(options: SandboxOptions) {
  const holder = {} as { current: Sandbox };
  beforeAll(async () => {
    holder.current = await startSandbox({ port: 0, strict: true, ...options });
  });
  afterAll(() => holder.current.close());
  return () => holder.current;
}
