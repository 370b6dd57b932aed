// What --data FILE is, and the store it gives: a new file becomes a new
// database; a database of this API is opened and migrated; a JSON data file
// of this API (written before the sandbox kept SQLite) is converted in place,
// its JSON kept beside it; anything else is refused before the server starts.
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import {
  type Connection,
  createPrivateFile,
  DataFileError,
  migrate,
  openFileDatabase,
  openMemoryDatabase,
  type Schema,
} from './database.js';
import { isStorageFailure } from './storage-error.js';
import { type BindTables, fileStore, memoryStore, type Store } from './store.js';

export interface StoreDefinition<Tables, State> {
  schema: Schema;
  bind: BindTables<Tables>;
  /** Writes a whole state (a seed, or a converted JSON data file) into a new database. */
  importState(db: Connection, state: State): void;
  /** The state in a JSON data file, or why the value is not one of this API's. */
  readJson(value: unknown): { state: State } | { problem: string };
}

/** What a new database starts with: a state (the demo data, or nothing), or a copy of a sandbox database. */
export type Seed<State> = { state(): State } | { database: string };

export interface OpenOptions<State> {
  seed: Seed<State>;
  file?: string;
  /** Other APIs' definitions, to say whose a refused file is. */
  others?: StoreDefinition<unknown, unknown>[];
  /** Told of the first storage failure, and of the first success after failures. */
  log?: (message: string) => void;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** Where a converted JSON data file is kept. */
export const jsonBackupOf = (file: string) => `${file}.pre-sqlite.json`;

function headerOf(file: string): string | null {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DataFileError(`cannot be read: ${(error as Error).message}`);
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const length = readSync(descriptor, header, 0, header.length, 0);
    return header.subarray(0, length).toString('latin1');
  } finally {
    closeSync(descriptor);
  }
}

function readJsonState<State>(
  file: string,
  definition: StoreDefinition<unknown, State>,
  others: StoreDefinition<unknown, unknown>[],
): State {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new DataFileError('is neither a sandbox database nor a sandbox JSON data file');
  }
  const read = definition.readJson(value);
  if ('state' in read) return read.state;
  const owner = others.find((other) => 'state' in other.readJson(value));
  throw new DataFileError(
    owner
      ? `is a ${owner.schema.label} data file, not a ${definition.schema.label} one`
      : `is JSON but not a ${definition.schema.label} data file: ${read.problem}`,
  );
}

// A disk that is nearly full refuses some writes and takes others: the failure
// is over only once writes have gone through for this long with none refused.
const RECOVERED_AFTER_MS = 1000;

/** Logs a storage failure once, not once a request, and the recovery after it once. */
function failureLog(label: string, log: (message: string) => void, now = () => Date.now()) {
  let reported = false;
  let lastFailure = 0;
  return (error: unknown) => {
    if (error) {
      lastFailure = now();
      if (!reported)
        log(`${label} sandbox: a write was not saved, and is answered as failed: ${(error as Error).message}`);
      reported = true;
    } else if (reported && now() - lastFailure >= RECOVERED_AFTER_MS) {
      log(`${label} sandbox: the data file takes writes again`);
      reported = false;
    }
  };
}

/** A sandbox database, read whole: what `--seed FILE` copies. */
function seedDatabase(file: string, schema: Schema): Buffer {
  const header = headerOf(file);
  if (header !== SQLITE_HEADER) throw new DataFileError(`--seed ${file} is not a sandbox database`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const owner = source.pragma('application_id', { simple: true });
    if (owner !== schema.applicationId)
      throw new DataFileError(`--seed ${file} is not a ${schema.label} sandbox database`);
    const bytes = source.serialize();
    // A WAL database opens in memory only with the rollback journal (header bytes 18 and 19).
    bytes[18] = 1;
    bytes[19] = 1;
    return bytes;
  } finally {
    source.close();
  }
}

function openMemoryStore<Tables, State>(definition: StoreDefinition<Tables, State>, seed: Seed<State>) {
  const { schema, bind } = definition;
  if ('state' in seed) {
    const state = seed.state();
    return memoryStore(
      openMemoryDatabase(schema, (db) => definition.importState(db, state)),
      bind,
    );
  }
  const db = new Database(seedDatabase(seed.database, schema));
  migrate(db, schema, () => {});
  return memoryStore(db, bind);
}

export function openStore<Tables, State>(
  definition: StoreDefinition<Tables, State>,
  options: OpenOptions<State>,
): Store<Tables> {
  const { schema } = definition;
  const seedWith = (state: State) => (db: Connection) => definition.importState(db, state);
  if (!options.file) return openMemoryStore(definition, options.seed);

  const file = options.file;
  const refuse = (error: unknown): never => {
    if (error instanceof DataFileError) throw new DataFileError(`--data ${file} ${error.message}`);
    if (isStorageFailure(error)) throw new DataFileError(`--data ${file} cannot be used: ${(error as Error).message}`);
    throw error;
  };
  try {
    let header = headerOf(file);
    const backup = jsonBackupOf(file);
    if (!header && 'database' in options.seed) {
      // A new data file that starts as a copy of the seed database, made by SQLite itself.
      const bytes = seedDatabase(options.seed.database, schema);
      createPrivateFile(file);
      const copy = new Database(bytes);
      try {
        copy.prepare('VACUUM INTO ?').run(file);
      } finally {
        copy.close();
      }
      header = SQLITE_HEADER;
    }
    // A copied seed database already has its schema and records: nothing to seed.
    let seed = 'state' in options.seed ? seedWith(options.seed.state()) : () => {};
    if (header !== null && header.length > 0 && header !== SQLITE_HEADER) {
      // A JSON data file: it becomes the database, and its JSON is kept beside it.
      const state = readJsonState(file, definition, options.others ?? []);
      if (existsSync(backup)) throw new DataFileError(`is to be converted, but ${backup} is in the way`);
      renameSync(file, backup);
      seed = seedWith(state);
    } else if (header !== null && existsSync(backup)) {
      // A conversion that stopped before its database was committed: the seed runs only on a
      // database with no schema yet, so this redoes just that (and reads the JSON only then).
      seed = (db) => seedWith(readJsonState(backup, definition, options.others ?? []))(db);
    }
    const { writer, reader } = openFileDatabase(file, schema, seed);
    return fileStore(writer, reader, definition.bind, failureLog(schema.label, options.log ?? (() => {})));
  } catch (error) {
    return refuse(error);
  }
}
