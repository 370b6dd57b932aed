// startSandbox: one API's sandbox on a local port, with its state in SQLite
// (in memory, or in the --data file).
import type { AddressInfo } from 'node:net';
import { createAdmin, type ResetSeed, type SandboxAdmin } from './admin/admin.js';
import type { Fault, FaultSpec } from './admin/faults.js';
import type { ImportPlan } from './admin/imports.js';
import type { JournalEntry, JournalFilter } from './admin/journal.js';
import { type Snapshot, takeSnapshot } from './admin/snapshots.js';
import { createApiListener, createApiServer, type ServerOptions } from './http/server.js';
import type { Vendor } from './http/vendor.js';
import { type ApiName, loadSpec, namedSchemas } from './spec/load.js';
import { basePathOf } from './spec/operations.js';
import type { SchemaChecked } from './spec/schema-checked.js';
import { type OpenOptions, openStore, type StoreDefinition } from './store/data-file.js';
import type { Store } from './store/store.js';
import { NEXUDUS_IMPORTS } from './vendors/nexudus/imports.js';
import { createNexudusVendor, NEXUDUS_STORE, nexudusDemoState, nexudusEmptyState } from './vendors/nexudus/index.js';
import { POPSELL_IMPORTS } from './vendors/popsell/imports.js';
import {
  createPopsellVendor,
  POPSELL_STORE,
  type PopsellAnswerForm,
  popsellDemoState,
  popsellEmptyState,
} from './vendors/popsell/index.js';

export { AdminError, type ResetSeed } from './admin/admin.js';
export type { Fault, FaultKind, FaultSpec } from './admin/faults.js';
export type { ImportProblem } from './admin/imports.js';
export type { JournalEntry, JournalFilter } from './admin/journal.js';
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
  /** How many requests the journal keeps (default 100; 0 keeps none). */
  journalLimit?: number;
}

/**
 * What a test does to a sandbox beside calling its API: the same as the
 * admin API under /__sandbox/ (see the README), in process.
 */
export interface SandboxControls {
  /** Back to a seed (`demo`, `empty`, or by default the one it started from), with no journal and no fault. */
  reset(seed?: ResetSeed): Promise<void>;
  /** Keeps the current state under `name`. */
  snapshot(name: string): Promise<void>;
  /** Back to the state kept under `name`. */
  restore(name: string): Promise<void>;
  /** Writes records in the API's wire form, checked against the spec; all or none. Resolves with the keys. */
  import(records: Record<string, unknown>): Promise<Record<string, number[]>>;
  /** What clients sent and were answered, oldest first, as filtered. */
  journal(filter?: JournalFilter): Promise<JournalEntry[]>;
  clearJournal(): Promise<void>;
  /** Adds a fault for the calls to come; resolves with it, its `id` included. */
  fault(spec: FaultSpec): Promise<Fault>;
  /** Removes one fault, or all of them. */
  clearFaults(id?: number): Promise<void>;
}

export interface Sandbox extends SandboxControls {
  api: ApiName;
  /** The base URL clients use: the server URL of the spec, on this host and port (Popsell's ends in /api/v2). */
  url: string;
  port: number;
  close(): Promise<void>;
}

const STORES = { nexudus: NEXUDUS_STORE, popsell: POPSELL_STORE } as const;
const IMPORTS = { nexudus: NEXUDUS_IMPORTS, popsell: POPSELL_IMPORTS } as const;
const INITIAL_STATE = {
  nexudus: { demo: nexudusDemoState, empty: nexudusEmptyState },
  popsell: { demo: popsellDemoState, empty: popsellEmptyState },
} as const;

/** What a new database of `api` starts from: a named seed's state, or a copy of a database file. */
function initialContent<State>(api: ApiName, seed: Seed): OpenOptions<State>['seed'] {
  return seed === 'demo' || seed === 'empty'
    ? { state: INITIAL_STATE[api][seed as 'demo' | 'empty'] as unknown as () => State }
    : { database: seed };
}

function openApiStore<Tables, State>(api: ApiName, options: SandboxOptions): Store<Tables> {
  const definition = STORES[api] as unknown as StoreDefinition<Tables, State>;
  return openStore(definition, {
    seed: initialContent<State>(api, options.seed ?? 'demo'),
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

/** The state of a new database started from `seed`, read whole, for reset(). */
function seedSnapshot(api: ApiName, seed: Seed): Snapshot {
  const definition = STORES[api] as unknown as StoreDefinition<unknown, unknown>;
  const store = openStore(definition, { seed: initialContent(api, seed) });
  try {
    return takeSnapshot(store.readConnection);
  } finally {
    store.close();
  }
}

/** An API's vendor, store and admin, and the pipeline over them, with no port. */
export function createSandboxParts(options: SandboxOptions) {
  const doc = loadSpec(options.api);
  const { vendor, store } = createVendor(options);
  const admin = createAdmin({
    doc,
    store,
    imports: IMPORTS[options.api] as ImportPlan<unknown>,
    schemas: () => namedSchemas(options.api),
    seedSnapshot: (seed) => seedSnapshot(options.api, seed),
    startedFrom: options.seed ?? 'demo',
    journalLimit: options.journalLimit,
  });
  return { doc, vendor, store, admin, listener: createApiListener(doc, vendor, { ...options, admin }) };
}

/** The JS API of an admin, as SandboxControls. */
export function controlsOf(admin: SandboxAdmin): SandboxControls {
  return {
    reset: (seed) => admin.reset(seed),
    snapshot: (name) => admin.snapshot(name),
    restore: (name) => admin.restore(name),
    import: (records) => admin.import(records),
    journal: async (filter) => admin.journal.entries(filter),
    clearJournal: async () => admin.journal.clear(),
    fault: async (spec) => admin.addFault(spec),
    clearFaults: async (id) => {
      admin.faults.remove(id);
    },
  };
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { doc, vendor, store, admin, listener } = createSandboxParts(options);
  const server = createApiServer(listener, vendor, options);
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
    ...controlsOf(admin),
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

export { createSandboxFetch, type InProcessSandbox } from './in-process.js';
