// The admin API over HTTP, as the same SandboxControls that startSandbox
// gives in process: for a sandbox in another process (`pnpm start`, the CLI,
// a container), from tests in this language.
import type { SandboxControls } from '../index.js';

/** Controls of the sandbox whose base URL is `url` (`sandbox.url`, or `http://127.0.0.1:4011/api/v2`). */
export function sandboxControls(url: string): SandboxControls {
  const admin = `${new URL(url).origin}/__sandbox/`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(admin + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const answer = text ? JSON.parse(text) : undefined;
    if (!response.ok)
      throw Object.assign(new Error(`${method} ${path}: ${response.status} ${answer?.error ?? ''}`), {
        status: response.status,
        problems: answer?.problems,
      });
    return answer;
  };
  const name = (snapshot: string) => `snapshots/${encodeURIComponent(snapshot)}`;
  return {
    reset: async (seed) => {
      await call('POST', 'reset', seed === undefined ? {} : { seed });
    },
    snapshot: async (snapshot) => {
      await call('PUT', name(snapshot));
    },
    restore: async (snapshot) => {
      await call('POST', `${name(snapshot)}/restore`);
    },
    import: async (records) => (await call('POST', 'import', records)).imported,
    journal: async (filter = {}) => {
      const query = new URLSearchParams(
        Object.entries(filter).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
      );
      return (await call('GET', `journal?${query}`)).entries;
    },
    clearJournal: async () => {
      await call('DELETE', 'journal');
    },
    fault: async (spec) => (await call('POST', 'faults', spec)).fault,
    clearFaults: async (id) => {
      await call('DELETE', id === undefined ? 'faults' : `faults/${id}`);
    },
  };
}
