// startSandbox: one API's sandbox on a local port, with its state and data file.
import type { AddressInfo } from 'node:net';
import { createApiServer, type ServerOptions } from './http/server.js';
import type { Vendor } from './http/vendor.js';
import { type ApiName, loadSpec } from './spec/load.js';
import { basePathOf } from './spec/operations.js';
import type { SchemaChecked } from './spec/schema-checked.js';
import { createStore, type Store } from './store/store.js';
import { createNexudusVendor, nexudusDemoState, nexudusEmptyState } from './vendors/nexudus/index.js';
import {
  createPopsellVendor,
  type PopsellAnswerForm,
  popsellDemoState,
  popsellEmptyState,
} from './vendors/popsell/index.js';

export { type ContractCheck, responseContract } from './spec/contract.js';
export type { ApiName } from './spec/load.js';
export { API_NAMES, loadSpec, operationsById, type SpecOperation } from './spec/load.js';
export { NEXUDUS_USERS, SANDBOX_PASSWORD } from './vendors/nexudus/index.js';
export { POPSELL_API_KEYS, POPSELL_TOKENS, type PopsellAnswerForm } from './vendors/popsell/index.js';

export type Seed = 'demo' | 'empty';

export interface SandboxOptions extends ServerOptions {
  api: ApiName;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  seed?: Seed;
  /** Keep the state in this JSON file across restarts; it is created if missing. */
  dataFile?: string;
  /** Popsell only: answer PATCH /chat/chatrooms/{id} with an object (default) or a one-element array. */
  popsellAnswerForm?: PopsellAnswerForm;
}

export interface Sandbox {
  api: ApiName;
  /** The base URL clients use: the server URL of the spec, on this host and port (Popsell's ends in /api/v2). */
  url: string;
  port: number;
  close(): Promise<void>;
}

const INITIAL_STATE = {
  nexudus: { demo: nexudusDemoState, empty: nexudusEmptyState },
  popsell: { demo: popsellDemoState, empty: popsellEmptyState },
} as const;

function createVendor(options: SandboxOptions): { vendor: Vendor<SchemaChecked>; store: Store<SchemaChecked> } {
  const initial = INITIAL_STATE[options.api][options.seed ?? 'demo'];
  if (options.api === 'nexudus') {
    const store = createStore(initial as () => ReturnType<typeof nexudusDemoState>, options.dataFile);
    return { vendor: createNexudusVendor(store), store };
  }
  const store = createStore(initial as () => ReturnType<typeof popsellDemoState>, options.dataFile);
  return { vendor: createPopsellVendor(store, options.popsellAnswerForm), store };
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const doc = loadSpec(options.api);
  const { vendor, store } = createVendor(options);
  await store.flushed();
  const server = createApiServer(doc, vendor, options);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    api: options.api,
    url: `http://${urlHost}:${port}${basePathOf(doc)}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.flushed();
    },
  };
}
