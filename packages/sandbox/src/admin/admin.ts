// The sandbox as a test backend: reset to a seed, named snapshots, bulk
// import, the request journal and faults on demand. The same object serves
// the JS API (`sandbox.reset()`) and the HTTP one (`/__sandbox/`, routes.ts).

import type { OpenApiDocument } from '../spec/load.js';
import type { SchemaChecked } from '../spec/schema-checked.js';
import { sequencePast } from '../store/document-table.js';
import type { Store } from '../store/store.js';
import { type Fault, type FaultSpec, Faults, faultProblem } from './faults.js';
import { compileImport, ImportError, type ImportPlan, type ImportProblem } from './imports.js';
import { Journal } from './journal.js';
import { restoreSnapshot, type Snapshot, takeSnapshot } from './snapshots.js';

/** A seed to reset to: the demo data, nothing, or a sandbox database file to copy. */
export type ResetSeed = 'demo' | 'empty' | (string & {});

/** Refused by the admin API: `status` says how, `problems` what is wrong where. */
export class AdminError extends Error {
  override name = 'AdminError';
  constructor(
    readonly status: 400 | 403 | 404 | 422,
    message: string,
    readonly problems?: ImportProblem[],
  ) {
    super(message);
  }
}

export interface SandboxAdmin {
  /**
   * Puts the state back to a seed (the one the sandbox started from by
   * default): records, tokens, Ids; and clears the journal and the faults, as
   * a test that starts afresh expects (WireMock's reset does the same).
   */
  reset(seed?: ResetSeed): Promise<void>;
  /** Keeps the current state under `name`, replacing a snapshot of that name. */
  snapshot(name: string): Promise<void>;
  /** Puts the state back to the snapshot `name`. */
  restore(name: string): Promise<void>;
  snapshots(): string[];
  deleteSnapshot(name: string): boolean;
  /** Writes records in the API's wire form, each checked against the spec; all or none. Answers the keys written. */
  import(records: Record<string, unknown>): Promise<Record<string, number[]>>;
  journal: Journal;
  /** Adds a fault (see faults.ts), or throws AdminError if the spec is not one. */
  addFault(spec: FaultSpec): Fault;
  faults: Faults;
}

export interface AdminOptions<Tables> {
  doc: OpenApiDocument;
  store: Store<Tables>;
  imports: ImportPlan<Tables>;
  /** The spec's named schemas, which imported records must match; read on the first import. */
  schemas(): Record<string, SchemaChecked>;
  /** The state of a new database started from `seed`. */
  seedSnapshot(seed: ResetSeed): Snapshot;
  /** The seed `reset()` goes back to when none is named. */
  startedFrom: ResetSeed;
  journalLimit?: number;
}

// Any printable name without a slash, as it goes in the admin API's path.
const SNAPSHOT_NAME = /^[^/\p{Cc}]{1,100}$/u;

export function createAdmin<Tables>(options: AdminOptions<Tables>): SandboxAdmin {
  const { store, doc } = options;
  const snapshots = new Map<string, Snapshot>();
  const seeds = new Map<ResetSeed, Snapshot>();
  // Compiled on the first import: most sandboxes never import, and start-up should not pay for it.
  let importPlan: ReturnType<typeof compileImport<Tables>> | undefined;
  const faults = new Faults();
  const journal = new Journal(options.journalLimit);
  const operationIds = new Set<string>(
    Object.values<Record<string, { operationId?: string }>>(doc.paths ?? {}).flatMap((item) =>
      Object.values(item).flatMap((operation) => (operation?.operationId ? [operation.operationId] : [])),
    ),
  );
  const named = (name: string) => {
    if (!SNAPSHOT_NAME.test(name))
      throw new AdminError(400, 'a snapshot name is 1 to 100 printable characters, without /');
    return name;
  };
  const restore = (snapshot: Snapshot) => store.write((_tables, db) => restoreSnapshot(db, snapshot));

  return {
    async reset(seed = options.startedFrom) {
      let snapshot = seeds.get(seed);
      if (!snapshot) {
        snapshot = options.seedSnapshot(seed);
        seeds.set(seed, snapshot);
      }
      await restore(snapshot);
      journal.clear();
      faults.remove();
    },
    async snapshot(name) {
      snapshots.set(named(name), takeSnapshot(store.readConnection));
    },
    async restore(name) {
      const snapshot = snapshots.get(named(name));
      if (!snapshot) throw new AdminError(404, `no snapshot named ${name}`);
      await restore(snapshot);
    },
    snapshots: () => [...snapshots.keys()],
    deleteSnapshot: (name) => snapshots.delete(name),
    async import(records) {
      importPlan ??= compileImport(options.schemas(), options.imports);
      const checked = importPlan(records);
      if ('problems' in checked)
        throw new AdminError(422, 'the records do not match the spec; nothing was imported', checked.problems);
      try {
        return await store.write((tables, db) => {
          const keys = checked.run(tables);
          sequencePast(db, Math.max(0, ...Object.values(keys).flat()));
          return keys;
        });
      } catch (error) {
        if (error instanceof ImportError) throw new AdminError(422, `${error.message}; nothing was imported`);
        throw error;
      }
    },
    journal,
    addFault(spec) {
      const problem = faultProblem(spec as unknown as Record<string, unknown>, operationIds);
      if (problem) throw new AdminError(400, problem);
      return faults.add(spec);
    },
    faults,
  };
}
