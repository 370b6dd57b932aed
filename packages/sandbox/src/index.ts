// startSandbox: one API's sandbox on a local port, with its state in SQLite
// (in memory, or in the --data file).
import type { AddressInfo } from 'node:net';
import { createApiServer, type ServerOptions } from './http/server.js';
import type { Vendor } from './http/vendor.js';
import { type ApiName, loadSpec } from './spec/load.js';
import { basePathOf } from './spec/operations.js';
import type { SchemaChecked } from './spec/schema-checked.js';
import { openStore, type StoreDefinition } from './store/data-file.js';
import type { Store } from './store/store.js';
import { createNexudusVendor, NEXUDUS_STORE, nexudusDemoState, nexudusEmptyState } from './vendors/nexudus/index.js';
import {
  createPopsellVendor,
  POPSELL_STORE,
  type PopsellAnswerForm,
  popsellDemoState,
  popsellEmptyState,
} from './vendors/popsell/index.js';

export type { CorsOrigins } from './http/cors.js';
export { type ContractCheck, responseContract } from './spec/contract.js';
export type { ApiName } from './spec/load.js';
export { API_NAMES, loadSpec, operationsById, type SpecOperation } from './spec/load.js';
export { DataFileError } from './store/database.js';
export { NEXUDUS_USERS, SANDBOX_PASSWORD } from './vendors/nexudus/index.js';
export { POPSELL_API_KEYS, POPSELL_TOKENS, type PopsellAnswerForm } from './vendors/popsell/index.js';

/** The demo data, nothing, or the path of a sandbox database to start from a copy of. */
export type Seed = 'demo' | 'empty' | (string & {});

export interface SandboxOptions extends ServerOptions {
  api: ApiName;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** What a new database starts with (default `demo`); an existing data file keeps its own state. */
  seed?: Seed;
  /**
   * Keep the state in this SQLite database file across restarts; it is created if missing.
   * Several sandboxes may share one file. A JSON data file of sandbox 0.2 is converted in place.
   */
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

const STORES = { nexudus: NEXUDUS_STORE, popsell: POPSELL_STORE } as const;
const INITIAL_STATE = {
  nexudus: { demo: nexudusDemoState, empty: nexudusEmptyState },
  popsell: { demo: popsellDemoState, empty: popsellEmptyState },
} as const;

function openApiStore<Tables, State>(api: ApiName, options: SandboxOptions): Store<Tables> {
  const definition = STORES[api] as unknown as StoreDefinition<Tables, State>;
  const seed = options.seed ?? 'demo';
  const named = seed === 'demo' || seed === 'empty' ? (seed as 'demo' | 'empty') : null;
  return openStore(definition, {
    seed: named ? { state: INITIAL_STATE[api][named] as unknown as () => State } : { database: seed },
    file: options.dataFile,
    others: Object.values(STORES).filter((other) => other !== STORES[api]) as StoreDefinition<unknown, unknown>[],
    log: options.log ?? ((message) => process.stderr.write(`${message}\n`)),
  });
}

function createVendor(options: SandboxOptions): { vendor: Vendor<SchemaChecked>; store: Store<unknown> } {
  if (options.api === 'nexudus') {
    const store = openApiStore<typeof NEXUDUS_STORE extends StoreDefinition<infer T, unknown> ? T : never, unknown>(
      'nexudus',
      options,
    );
    return { vendor: createNexudusVendor(store), store };
  }
  const store = openApiStore<typeof POPSELL_STORE extends StoreDefinition<infer T, unknown> ? T : never, unknown>(
    'popsell',
    options,
  );
  return { vendor: createPopsellVendor(store, options.popsellAnswerForm), store };
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const doc = loadSpec(options.api);
  const { vendor, store } = createVendor(options);
  const server = createApiServer(doc, vendor, options);
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }
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
      store.close();
    },
  };
}
