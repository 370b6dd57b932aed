// `@chatapi/sandbox/vitest`: a real sandbox per vitest test file, on a free
// loopback port. The one implementation: the sandbox's own tests, the test
// harness and users' suites all start their sandbox with it.
import { afterAll, beforeAll } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from '../index.js';

/**
 * Starts a sandbox before the file's tests and closes it after them. It is
 * strict unless told otherwise: a field or query parameter the spec lacks is
 * refused, so a client that sends one fails its test instead of passing by
 * the vendor's silence. Returns a getter, since the sandbox exists only once
 * `beforeAll` has run.
 */
export function useSandbox(options: SandboxOptions): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, strict: true, ...options });
  });
  afterAll(() => sandbox?.close());
  return () => {
    if (!sandbox) throw new Error('useSandbox: the sandbox starts in beforeAll; read it inside a test or hook');
    return sandbox;
  };
}
